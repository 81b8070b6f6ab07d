package org.linli.registry;

/**
 * Which residents a tag can describe when a generated district assigns tags at rates
 * ({@link ResidentTags#assignAtRates}): the elderly living alone, children, working-age adults.
 * The rules are the registry's, in its own SQL; other modules name them.
 */
public enum TagEligibility {
    ANYONE("true"),
    AGED_60(Sql.AGED_60),
    AGED_60_LIVING_ALONE(Sql.AGED_60 + " AND " + Sql.ALONE),
    AGED_60_ONLY_ELDERLY_HOUSEHOLD(Sql.AGED_60 + " AND " + Sql.ONLY_ELDERLY),
    CHILD_UNDER_16("r.birth_date > CAST(:today AS date) - interval '16 years'"),
    ADULT_18_TO_70("r.birth_date <= CAST(:today AS date) - interval '18 years'"
            + " AND r.birth_date > CAST(:today AS date) - interval '70 years'");

    private final String sql;

    TagEligibility(String sql) {
        this.sql = sql;
    }

    /** The condition on resident {@code r}, binding {@code :today}. */
    String sql() {
        return sql;
    }

    private static final class Sql {
        static final String AGED_60 = "r.birth_date <= CAST(:today AS date) - interval '60 years'";
        static final String ALONE = "(SELECT count(*) FROM resident m WHERE m.household_id = r.household_id) = 1";
        static final String ONLY_ELDERLY = "(SELECT count(*) FROM resident m WHERE m.household_id = r.household_id) >= 2"
                + " AND NOT EXISTS (SELECT 1 FROM resident m WHERE m.household_id = r.household_id"
                + " AND m.birth_date > CAST(:today AS date) - interval '60 years')";
    }
}
