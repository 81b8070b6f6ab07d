package org.linli.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.PlaceForm;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.LivingStatus;
import org.linli.registry.Registration;
import org.linli.registry.ResidentTags;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.imports.NewResident;
import org.linli.registry.internal.ResidentChanges;
import org.linli.registry.internal.ResidentChanges.StatusChange;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Residents for the benefits module's tests, enrolled and tagged through the registry's own use
 * cases: one at a time ({@link #enrol}, {@link #tag}), or a generated population of households
 * around the catalogue's boundaries (ages 17/18, 59/60, 79/80, 89/90, 99/100, disability grades,
 * subsistence held by the resident or another member, children with only grandparents at home,
 * veterans, people who moved away or died) in two committees ({@link #population}).
 */
public final class BenefitsFixtures {

    /** ID sequences unique within the test JVM (each database sees a part of them). */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static final AtomicInteger ROOM = new AtomicInteger(1000);

    private static final int[] AGES = {3, 10, 17, 18, 35, 59, 60, 61, 79, 80, 85, 89, 90, 95, 99, 100, 103};
    private static final String[] DISABILITY = {"肢体一级", "视力二级", "智力三级", "精神四级", "听力一级"};
    private static final String[] TAGS = {"SUBSISTENCE", "EXTREME_POVERTY", "CHILD_IN_HARDSHIP", "LEFT_BEHIND_CHILD",
            "ENTITLED", "VETERAN"};

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英";

    private BenefitsFixtures() {
    }

    /** A name of letters only (the registry refuses digits in names). */
    static String name(int household, int member) {
        return "" + SURNAMES.charAt(household % SURNAMES.length()) + GIVEN.charAt((household * 7 + member * 3) % GIVEN.length())
                + GIVEN.charAt((household + member * 11) % GIVEN.length());
    }

    /** What a test needs to enrol people: the registry's use cases, a building and who enrols. */
    public record Registry(Enrolment enrolment, ResidentTags tags, ResidentChanges changes, Division building, TestUser worker) {
    }

    /** A building in another committee of the same street (for counts per committee). */
    public static Division otherBuilding(DivisionImporter importer, Places places, Divisions divisions) {
        String code = DemoDivisions.OTHER_COMMITTEE + "001001001";
        return divisions.findByCode(code).orElseGet(() -> {
            Division committee = DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_COMMITTEE);
            Division grid = places.create(committee.id(), new PlaceForm("第1网格", "", null, null), DataScope.COUNTRY);
            Division estate = places.create(grid.id(), new PlaceForm("康乐小区", "北二环路8号", null, null), DataScope.COUNTRY);
            return places.create(estate.id(), new PlaceForm("2号楼", "", 6, 2), DataScope.COUNTRY);
        });
    }

    /** An enrolled resident: their id and whole ID number (for members to name their head). */
    public record Enrolled(long id, String idNumber) {
    }

    /** Enrols a head of a new household ({@code head == null}) or a member of {@code head}'s. */
    public static Enrolled enrol(Registry r, String name, LocalDate birth, Registration registration, String relation,
                                 Enrolled head) {
        String id = RegistryFixtures.idNumber(birth, SEQUENCE.getAndIncrement() % 1000);
        String room = head == null ? String.valueOf(ROOM.getAndIncrement()) : "";
        NewResident form = new NewResident(name, id, "", "汉族", registration.label(), relation,
                head == null ? "" : head.idNumber(), "1", room.isEmpty() ? "7701" : room);
        return new Enrolled(r.enrolment().enrol(r.building().id(), form, r.worker()), id);
    }

    /** Gives a tag from {@code since} (a detail for those that need one, such as a disability's grade). */
    public static void tag(Registry r, long residentId, String code, String detail, LocalDate since) {
        r.tags().add(residentId, new ResidentTags.Assignment(code, since, detail), r.worker());
    }

    public static void leave(Registry r, long residentId, LivingStatus status, LocalDate on) {
        r.changes().changeStatus(residentId, new StatusChange(status, on), r.worker().scope());
    }

    /** The street's people for a module test: made once per database (20 households in each of two committees). */
    public static Registries population(DivisionImporter importer, Places places, Divisions divisions, Enrolment enrolment,
                                        ResidentTags tags, ResidentChanges changes, JdbcClient jdbc, LocalDate today) {
        Division own = RegistryFixtures.building(importer, places, divisions);
        Division other = otherBuilding(importer, places, divisions);
        Division street = divisions.findByCode(DemoDivisions.STREET).orElseThrow();
        TestUser staff = TestUser.of(2, "street", "李秀英", Role.STREET_STAFF, street);
        Registries made = new Registries(new Registry(enrolment, tags, changes, own, staff),
                new Registry(enrolment, tags, changes, other, staff));
        boolean none = jdbc.sql("SELECT count(*) FROM resident WHERE division_path LIKE :p || '%'").param("p", other.path())
                .query(Long.class).single() == 0;
        if (none) {
            population(List.of(made.own(), made.other()), 20, 14, today);
        }
        return made;
    }

    /** The registries of the two committees' buildings. */
    public record Registries(Registry own, Registry other) {
    }

    /**
     * A generated population of {@code households} households in each of the registries given
     * (their buildings), tagged at random around the rules' boundaries, some members gone; every
     * id returned.
     */
    public static List<Long> population(List<Registry> registries, int households, long seed, LocalDate today) {
        Random random = new Random(seed);
        List<Long> ids = new ArrayList<>();
        for (Registry r : registries) {
            for (int h = 0; h < households; h++) {
                int size = 1 + random.nextInt(4);
                Enrolled head = null;
                for (int m = 0; m < size; m++) {
                    int age = h % 5 == 0 && m > 0 ? (m == 1 ? 10 + random.nextInt(8) : 60 + random.nextInt(30))
                            : AGES[random.nextInt(AGES.length)];
                    LocalDate birth = today.minusYears(age).minusDays(random.nextInt(360));
                    Registration registration = Registration.values()[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)];
                    Enrolled e = enrol(r, name(h, m), birth, registration, m == 0 ? "户主" : (m == 1 ? "子女" : "父母"), head);
                    if (head == null) {
                        head = e;
                    }
                    ids.add(e.id());
                    if (random.nextInt(4) == 0) {
                        tag(r, e.id(), "DISABLED", DISABILITY[random.nextInt(DISABILITY.length)], today.minusDays(1).isBefore(birth) ? birth : today.minusDays(1));
                    }
                    for (String code : TAGS) {
                        if (random.nextInt(6) == 0) {
                            tag(r, e.id(), code, null, today.minusDays(1).isBefore(birth) ? birth : today.minusDays(1));
                        }
                    }
                    if (random.nextInt(15) == 0) {
                        leave(r, e.id(), random.nextBoolean() ? LivingStatus.DECEASED : LivingStatus.MOVED_AWAY, today);
                    }
                }
            }
        }
        return ids;
    }
}
