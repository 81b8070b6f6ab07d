package org.linli.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.linli.division.Division;
import org.linli.registry.DwellingUse;
import org.linli.registry.Registration;
import org.linli.registry.RegistryLoader.NewDwelling;
import org.linli.registry.RegistryLoader.NewResident;
import org.linli.registry.Relation;
import org.linli.registry.Tenure;
import org.linli.shared.IdNumber;

/**
 * Generates dwellings, households and residents that look like a Chinese city district:
 * ~2.6 persons per household, about one in five aged 60 or over, valid ID numbers whose birth
 * date, sex and region agree with the person. Deterministic: the same seed gives the same people.
 */
final class DemoPeople {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华红梅志海燕晓东玉春生文博雅琴国庆建宇欣怡子涵浩然梓萱宇轩";
    /** Share of each five-year age band, 0–4 up to 95–99 (a city district's pyramid, ~21 % aged 60+). */
    private static final double[] AGE_BANDS = {4.0, 4.6, 4.8, 4.4, 5.0, 6.6, 8.2, 8.6, 7.6, 7.4, 8.0, 7.6, 6.2, 5.6, 4.4, 2.9, 1.9, 1.1, 0.5, 0.1};
    /** Household sizes 1 to 6 persons (mean ≈ 2.6). */
    private static final double[] SIZES = {0.22, 0.30, 0.26, 0.13, 0.07, 0.02};
    /** Hohhot's own counties, for people registered here or born nearby. */
    private static final String[] LOCAL_REGIONS = {"150104", "150104", "150104", "150102", "150103", "150105", "150121", "150122"};
    /** Where migrants come from. */
    private static final String[] OTHER_REGIONS = {"130102", "140105", "152601", "152801", "610102", "620102", "410102", "150203"};

    private final Random random;
    private final Set<String> usedIds = new HashSet<>();
    /** Extra rooms per floor, for generating denser districts (the million-resident benchmark). */
    int extraRoomsPerFloor;

    DemoPeople(long seed) {
        this.random = new Random(seed * 17 + 3);
    }

    /** Dwellings of one committee's buildings, {@code households} of them occupied. */
    List<NewDwelling> committee(List<Division> buildings, java.util.Map<Long, Division> estates, int households) {
        List<NewDwelling> dwellings = new ArrayList<>();
        List<int[]> slots = new ArrayList<>();
        for (int b = 0; b < buildings.size(); b++) {
            Division building = buildings.get(b);
            int perFloor = 1 + Math.floorMod(building.code().hashCode(), 3) + extraRoomsPerFloor;
            for (int e = 1; e <= building.entrances(); e++) {
                for (int f = 1; f <= building.floors(); f++) {
                    for (int r = 1; r <= perFloor; r++) {
                        slots.add(new int[] {b, e, f, r});
                    }
                }
            }
        }
        double occupancy = slots.isEmpty() ? 0 : Math.min(0.95, households / (double) slots.size());
        for (int[] slot : slots) {
            Division building = buildings.get(slot[0]);
            Division estate = estates.get(building.parentId());
            String room = "%d%02d".formatted(slot[2], slot[3]);
            String[] road = org.linli.registry.Addresses.splitRoadAndNumber(estate.address());
            String address = estate.name() + building.name() + slot[1] + "单元" + room + "室";
            boolean occupied = random.nextDouble() < occupancy;
            List<NewResident> household = occupied ? household() : List.of();
            Tenure tenure = random.nextDouble() < 0.72 ? Tenure.OWNED : random.nextDouble() < 0.8 ? Tenure.RENTED : Tenure.PUBLIC;
            dwellings.add(new NewDwelling(building.id(), building.path(), road[0], road[1], slot[1], room, address,
                    occupied ? DwellingUse.RESIDENTIAL : DwellingUse.VACANT,
                    BigDecimal.valueOf(45 + random.nextInt(90)), tenure, household));
        }
        return dwellings;
    }

    private List<NewResident> household() {
        int size = pick(SIZES) + 1;
        Registration registration = random.nextDouble() < 0.76 ? Registration.LOCAL
                : random.nextDouble() < 0.6 ? Registration.ELSEWHERE : Registration.MIGRANT;
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        String ethnicity = ethnicity();
        List<NewResident> members = new ArrayList<>();
        int headAge = size == 1 ? (random.nextDouble() < 0.45 ? 60 + random.nextInt(30) : 22 + random.nextInt(38))
                : adultAge();
        boolean headMale = random.nextDouble() < 0.55;
        members.add(person(surname, headAge, headMale, registration, ethnicity, Relation.HEAD));
        if (size >= 2) {
            int spouseAge = Math.max(20, headAge + random.nextInt(7) - 3);
            members.add(person(String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length()))), spouseAge, !headMale,
                    registration, ethnicity, Relation.SPOUSE));
        }
        for (int i = 2; i < size; i++) {
            if (i == 4 && headAge < 60) {
                members.add(person(surname, headAge + 25 + random.nextInt(8), random.nextBoolean(), registration,
                        ethnicity, Relation.PARENT));
            } else if (headAge >= 55 && i >= 3) {
                members.add(person(surname, Math.max(0, headAge - 50 - random.nextInt(8)), random.nextBoolean(),
                        registration, ethnicity, Relation.GRANDCHILD));
            } else {
                members.add(person(surname, Math.max(0, headAge - 24 - random.nextInt(12)), random.nextBoolean(),
                        registration, ethnicity, Relation.CHILD));
            }
        }
        return members;
    }

    private NewResident person(String surname, int age, boolean male, Registration registration, String ethnicity,
                               Relation relation) {
        String name = surname + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
        String region = registration == Registration.MIGRANT ? OTHER_REGIONS[random.nextInt(OTHER_REGIONS.length)]
                : LOCAL_REGIONS[random.nextInt(LOCAL_REGIONS.length)];
        LocalDate birth = TODAY.minusYears(age).minusDays(1 + random.nextInt(364));
        IdNumber id;
        do {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = region + birth.toString().replace("-", "") + "%03d".formatted(sequence);
            id = new IdNumber(first17 + IdNumber.checkCharacter(first17));
        } while (!usedIds.add(id.value()));
        String phone = age >= 14 && random.nextDouble() < 0.9 ? phone() : null;
        return new NewResident(name, id, phone, ethnicity, registration, relation);
    }

    private String phone() {
        String[] prefixes = {"130", "131", "132", "135", "136", "138", "139", "150", "151", "152", "158", "159", "176", "177",
                "180", "181", "186", "187", "189", "199"};
        return prefixes[random.nextInt(prefixes.length)] + "%08d".formatted(random.nextInt(100_000_000));
    }

    private String ethnicity() {
        double roll = random.nextDouble();
        return roll < 0.84 ? "汉族" : roll < 0.94 ? "蒙古族" : roll < 0.97 ? "回族" : roll < 0.99 ? "满族" : "达斡尔族";
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }


    /** An age from the pyramid, 22 or over (a household's head). */
    private int adultAge() {
        int age;
        do {
            age = pick(AGE_BANDS) * 5 + random.nextInt(5);
        } while (age < 22);
        return age;
    }
}
