package org.linli.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The twenty rules of {@link RuleBenchmark}: the demo catalogue's nine and eleven variants of the
 * same size, each with the SQL a developer would write by hand for it (on {@code r}, binding
 * {@code :day}), and the demo district's shares of each tag (per ten thousand who can hold it).
 */
final class RuleBenchmarkRules {

    private static final String HELD = " AND t.since <= :day AND (t.until IS NULL OR t.until > :day))";
    private static final String AGE = "r.birth_date <= CAST(:day AS date) - interval ";

    static final Map<String, String> RULES = new LinkedHashMap<>();

    private RuleBenchmarkRules() {
    }

    private static String has(String code) {
        return "EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = r.id AND t.tag_code = '" + code + "'" + HELD;
    }

    private static String memberHas(String code) {
        return "EXISTS (SELECT 1 FROM resident m JOIN resident_tag t ON t.resident_id = m.id WHERE m.household_id = r.household_id"
                + " AND m.id <> r.id AND m.status = 'LIVING' AND t.tag_code = '" + code + "'" + HELD;
    }

    static {
        RULES.put("registration == \"LOCAL\" && age >= 80 && age < 90",
                "r.registration = 'LOCAL' AND " + AGE + "'80 years' AND NOT " + AGE + "'90 years'");
        RULES.put("registration == \"LOCAL\" && age >= 90 && age < 100",
                "r.registration = 'LOCAL' AND " + AGE + "'90 years' AND NOT " + AGE + "'100 years'");
        RULES.put("registration == \"LOCAL\" && age >= 100", "r.registration = 'LOCAL' AND " + AGE + "'100 years'");
        RULES.put("\"DISABLED\" in tags && grade(\"DISABLED\") >= 1 && grade(\"DISABLED\") <= 2",
                "EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = r.id AND t.tag_code = 'DISABLED'"
                        + " AND t.detail ~ '[一二12１２]级'" + HELD);
        RULES.put("\"DISABLED\" in tags && (\"SUBSISTENCE\" in tags || members.exists(m, \"SUBSISTENCE\" in m.tags))",
                has("DISABLED") + " AND (" + has("SUBSISTENCE") + " OR " + memberHas("SUBSISTENCE") + ")");
        RULES.put("\"SUBSISTENCE\" in tags", has("SUBSISTENCE"));
        RULES.put("\"EXTREME_POVERTY\" in tags", has("EXTREME_POVERTY"));
        RULES.put("age < 18 && (\"CHILD_IN_HARDSHIP\" in tags || (\"LEFT_BEHIND_CHILD\" in tags"
                        + " && members.all(m, m.age >= 60 || m.age < 18)))",
                "NOT " + AGE + "'18 years' AND (" + has("CHILD_IN_HARDSHIP") + " OR (" + has("LEFT_BEHIND_CHILD")
                        + " AND NOT EXISTS (SELECT 1 FROM resident m WHERE m.household_id = r.household_id AND m.id <> r.id"
                        + " AND m.status = 'LIVING' AND m.birth_date > CAST(:day AS date) - interval '60 years'"
                        + " AND m.birth_date <= CAST(:day AS date) - interval '18 years')))");
        RULES.put("\"ENTITLED\" in tags || \"VETERAN\" in tags && age >= 60",
                "(" + has("ENTITLED") + " OR " + has("VETERAN") + " AND " + AGE + "'60 years')");
        variants();
    }

    private static void variants() {
        RULES.put("registration == \"LOCAL\" && age >= 60 && age < 70",
                "r.registration = 'LOCAL' AND " + AGE + "'60 years' AND NOT " + AGE + "'70 years'");
        RULES.put("age >= 80 && \"LIVING_ALONE\" in tags", AGE + "'80 years' AND " + has("LIVING_ALONE"));
        RULES.put("\"AGED_80\" in tags && \"EMPTY_NEST\" in tags", AGE + "'80 years' AND " + has("EMPTY_NEST"));
        RULES.put("\"DISABLED\" in tags && grade(\"DISABLED\") == 3",
                "EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = r.id AND t.tag_code = 'DISABLED'"
                        + " AND t.detail ~ '[三3３]级' AND t.detail !~ '[一二12１２]级'" + HELD);
        RULES.put("\"SUBSISTENCE\" in tags && age >= 60", has("SUBSISTENCE") + " AND " + AGE + "'60 years'");
        RULES.put("household_size == 1 && age >= 60", AGE + "'60 years' AND NOT EXISTS (SELECT 1 FROM resident m"
                + " WHERE m.household_id = r.household_id AND m.id <> r.id AND m.status = 'LIVING')");
        RULES.put("members.exists(m, m.age < 16 && \"LEFT_BEHIND_CHILD\" in m.tags)",
                "EXISTS (SELECT 1 FROM resident m JOIN resident_tag t ON t.resident_id = m.id WHERE m.household_id = r.household_id"
                        + " AND m.id <> r.id AND m.status = 'LIVING' AND m.birth_date > CAST(:day AS date) - interval '16 years'"
                        + " AND t.tag_code = 'LEFT_BEHIND_CHILD'" + HELD);
        RULES.put("sex == \"女\" && age >= 55 && registration == \"LOCAL\"",
                "r.sex = 'FEMALE' AND " + AGE + "'55 years' AND r.registration = 'LOCAL'");
        RULES.put("\"VETERAN\" in tags && registration != \"MIGRANT\"", has("VETERAN") + " AND r.registration <> 'MIGRANT'");
        RULES.put("\"EXTREME_POVERTY\" in tags || \"SUBSISTENCE\" in tags && age >= 70",
                "(" + has("EXTREME_POVERTY") + " OR " + has("SUBSISTENCE") + " AND " + AGE + "'70 years')");
        RULES.put("age_on(\"2027-12-31\") >= 80 && age < 80 && registration == \"LOCAL\"",
                "r.birth_date <= date '1947-12-31' AND NOT " + AGE + "'80 years' AND r.registration = 'LOCAL'");
    }

}
