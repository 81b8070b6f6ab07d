package org.linli.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.linli.division.Division;
import org.linli.division.Kind;
import org.linli.division.Level;
import org.linli.division.Places.NewPlace;

/**
 * Generates grids, estates, buildings and committee profiles for a district, deterministically:
 * the same seed gives the same data. The numbers are spread so that the sizing page has
 * committees to flag on every side.
 */
final class DemoPlaces {

    private static final String[] ESTATE_PREFIXES = {"锦绣", "阳光", "和平", "幸福", "泰和", "金桥", "丽景", "康乐", "民安",
            "书香", "青城", "昭君", "大召", "五塔", "玉泉", "鑫源", "祥和", "紫荆", "银河", "兴隆"};
    private static final String[] ESTATE_SUFFIXES = {"小区", "花园", "家园", "苑", "家属院", "公寓", "新村"};
    private static final String[] ROADS = {"南二环路", "昭君路", "大南街", "石羊桥路", "鄂尔多斯大街", "兴隆巷", "西菜园路",
            "五塔寺东街", "巧报路", "锡林南路"};
    private static final int[] FLOORS = {5, 6, 6, 7, 11, 18, 26};

    private final Random random;
    final List<NewPlace> places = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();

    DemoPlaces(long seed) {
        this.random = new Random(seed);
    }

    record Profile(long committeeId, int households, BigDecimal serviceAreaM2) {
    }

    void generate(List<Division> committees) {
        for (Division committee : committees) {
            int households = households(committee.kind());
            double per100 = 24 + random.nextDouble() * 26;
            BigDecimal area = BigDecimal.valueOf(Math.max(120, households / 100.0 * per100)).setScale(1, RoundingMode.HALF_UP);
            profiles.add(new Profile(committee.id(), households, area));
            int grids = Math.clamp(Math.round(households / 400f), 2, 12);
            for (int g = 1; g <= grids; g++) {
                String gridCode = committee.code() + "%03d".formatted(g);
                places.add(new NewPlace(committee.code(), gridCode, "第" + g + "网格", Level.GRID, null, null, null));
                int estates = 1 + random.nextInt(3);
                for (int e = 1; e <= estates; e++) {
                    String estateCode = gridCode + "%03d".formatted(e);
                    String road = ROADS[random.nextInt(ROADS.length)];
                    places.add(new NewPlace(gridCode, estateCode, estateName(), Level.ESTATE,
                            road + (1 + random.nextInt(300)) + "号", null, null));
                    int buildings = 2 + random.nextInt(7);
                    for (int b = 1; b <= buildings; b++) {
                        places.add(new NewPlace(estateCode, estateCode + "%03d".formatted(b), b + "号楼", Level.BUILDING,
                                null, FLOORS[random.nextInt(FLOORS.length)], 1 + random.nextInt(4)));
                    }
                }
            }
        }
    }

    private int households(Kind kind) {
        if (kind == Kind.VILLAGERS_COMMITTEE) {
            return 250 + random.nextInt(700);
        }
        double roll = random.nextDouble();
        if (roll < 0.08) {
            return 500 + random.nextInt(500);       // small: merge candidate
        }
        if (roll < 0.18) {
            return 4001 + random.nextInt(2500);     // overloaded: split candidate
        }
        if (roll < 0.28) {
            return 3001 + random.nextInt(1000);     // above the usual range
        }
        return 1000 + random.nextInt(2001);
    }

    private String estateName() {
        return ESTATE_PREFIXES[random.nextInt(ESTATE_PREFIXES.length)]
                + ESTATE_SUFFIXES[random.nextInt(ESTATE_SUFFIXES.length)];
    }
}
