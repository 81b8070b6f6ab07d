package org.linli.registry.rules;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated residents of one building for the parity tests: ages just below, at and above the
 * rules' boundaries on the days tested, births on 29 February, households of one to five, people
 * who moved away or died, tags with grades in their details, ended, future and ending on the day.
 */
final class Population {

    /** The days the parity tests match on: a common year's 28 February and 1 March, and a leap day. */
    static final List<LocalDate> DAYS = List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29));

    /** The name every generated resident's name starts with. */
    static final String NAME = "规则居民";

    private static final String[] RELATIONS = {"SPOUSE", "CHILD", "PARENT", "GRANDCHILD", "SIBLING", "OTHER"};
    private static final String[] REGISTRATIONS = {"LOCAL", "LOCAL", "LOCAL", "ELSEWHERE", "MIGRANT"};
    private static final String[] TAGS = {"DISABLED", "SUBSISTENCE", "EXTREME_POVERTY", "LEFT_BEHIND_CHILD",
            "CHILD_IN_HARDSHIP", "ENTITLED", "VETERAN", "LIVING_ALONE", "COMMUNITY_CORRECTION"};
    private static final String[] DISABILITIES = {"肢体一级", "视力二级", "听力三级", "智力四级", "精神2级", "肢体1级、视力三级",
            "言语", "多重残疾"};
    private static final int[] BOUNDARIES = {18, 60, 80, 90, 100};

    private final JdbcClient jdbc;
    private final Random random;
    private long serial;

    Population(JdbcClient jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** {@code households} households in a building; returns how many residents were made. */
    int generate(long buildingId, String buildingPath, int households) {
        int made = 0;
        for (int h = 0; h < households; h++) {
            long household = household(buildingId, buildingPath);
            int size = 1 + random.nextInt(5);
            for (int i = 0; i < size; i++) {
                String status = random.nextInt(100) < 8 ? "MOVED_AWAY" : random.nextInt(100) < 4 ? "DECEASED" : "LIVING";
                long id = person(household, buildingPath, birth(), random.nextBoolean() ? "MALE" : "FEMALE",
                        REGISTRATIONS[random.nextInt(REGISTRATIONS.length)], i == 0 ? "HEAD" : RELATIONS[random.nextInt(RELATIONS.length)],
                        status);
                int tags = random.nextInt(100) < 45 ? 1 + random.nextInt(3) : 0;
                for (int t = 0; t < tags; t++) {
                    tag(id, TAGS[random.nextInt(TAGS.length)]);
                }
                made++;
            }
        }
        return made;
    }

    /** A household in a dwelling of its own in the building. */
    long household(long buildingId, String buildingPath) {
        long dwelling = jdbc.sql("""
                        INSERT INTO dwelling (building_id, division_path, entrance, room, address)
                        VALUES (:b, :path, 1, :room, :room) RETURNING id""")
                .param("b", buildingId).param("path", buildingPath)
                .param("room", Long.toString(random.nextLong() & 0xFFFFFFFFFFL, 36))
                .query(Long.class).single();
        return jdbc.sql("INSERT INTO household (dwelling_id, division_path) VALUES (:d, :path) RETURNING id")
                .param("d", dwelling).param("path", buildingPath).query(Long.class).single();
    }

    long person(long household, String path, LocalDate birth, String sex, String registration, String relation, String status) {
        return jdbc.sql("""
                        INSERT INTO resident (household_id, division_path, name, id_cipher, id_hash, id_region_hash,
                                              id_last4_hash, birth_date, sex, registration, status, relation)
                        VALUES (:h, :path, :name, :x, :hash, :x, :x, :birth, :sex, :registration, :status, :relation)
                        RETURNING id""")
                .param("h", household).param("path", path).param("name", NAME + (++serial))
                .param("x", new byte[] {1}).param("hash", ByteBuffer.allocate(16).putLong(random.nextLong()).putLong(serial).array())
                .param("birth", birth).param("sex", sex).param("registration", registration)
                .param("status", status).param("relation", relation)
                .query(Long.class).single();
    }

    /** Mostly ages at a boundary on one of the days, give or take a day; some on 29 February; the rest any age. */
    private LocalDate birth() {
        int kind = random.nextInt(10);
        if (kind < 5) {
            LocalDate day = DAYS.get(random.nextInt(DAYS.size()));
            return day.minusYears(BOUNDARIES[random.nextInt(BOUNDARIES.length)]).plusDays(random.nextInt(3) - 1);
        }
        if (kind < 7) {
            int[] leapYears = {1924, 1928, 1936, 1944, 1948, 1964, 1968, 2008, 2012};
            return LocalDate.of(leapYears[random.nextInt(leapYears.length)], 2, 29);
        }
        return LocalDate.of(2027, 1, 1).minusDays(random.nextInt(105 * 365));
    }

    /** A tag held from before the days, or ending before, on or after one of them, or starting on or after one. */
    private void tag(long resident, String code) {
        LocalDate day = DAYS.get(random.nextInt(DAYS.size()));
        LocalDate since = day.minusDays(switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -1;
            default -> 1 + random.nextInt(2000);
        });
        LocalDate until = switch (random.nextInt(5)) {
            case 0 -> day;
            case 1 -> day.plusDays(1);
            case 2 -> since.plusDays(1 + random.nextInt(30));
            default -> null;
        };
        if (until != null && !until.isAfter(since)) {
            until = since.plusDays(1);
        }
        tag(resident, code, since, until, "DISABLED".equals(code) ? DISABILITIES[random.nextInt(DISABILITIES.length)] : null);
    }

    void tag(long resident, String code, LocalDate since, LocalDate until, String detail) {
        jdbc.sql("""
                        INSERT INTO resident_tag (resident_id, tag_code, since, until, detail, created_by)
                        VALUES (:r, :c, :since, :until, :detail, 'test')""")
                .param("r", resident).param("c", code).param("since", since).param("until", until).param("detail", detail)
                .update();
    }
}
