package org.linli.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shares of each group among those who can belong to it (per ten thousand), roughly those of a
 * Chinese city district: most elderly living alone are tagged so, a few per cent disabled, and so on.
 */
final class DemoTagRates {

    static final String AGED_60 = "r.birth_date <= CAST(:today AS date) - interval '60 years'";
    static final String CHILD = "r.birth_date > CAST(:today AS date) - interval '16 years'";
    static final String ADULT = "r.birth_date <= CAST(:today AS date) - interval '18 years' AND r.birth_date > CAST(:today AS date) - interval '70 years'";
    static final String ALONE = "(SELECT count(*) FROM resident m WHERE m.household_id = r.household_id) = 1";
    static final String ONLY_ELDERLY = "(SELECT count(*) FROM resident m WHERE m.household_id = r.household_id) >= 2"
            + " AND NOT EXISTS (SELECT 1 FROM resident m WHERE m.household_id = r.household_id"
            + " AND m.birth_date > CAST(:today AS date) - interval '60 years')";

    private DemoTagRates() {
    }

    static Map<String, String> eligibility() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("LIVING_ALONE", AGED_60 + " AND " + ALONE);
        e.put("EMPTY_NEST", AGED_60 + " AND " + ONLY_ELDERLY);
        e.put("EXTREME_POVERTY", AGED_60);
        e.put("LEFT_BEHIND_CHILD", CHILD);
        e.put("CHILD_IN_HARDSHIP", CHILD);
        e.put("VETERAN", ADULT);
        e.put("COMMUNITY_CORRECTION", ADULT);
        e.put("DRUG_REHAB", ADULT);
        e.put("RELEASED_PRISONER", ADULT);
        return e;
    }

    static Map<String, Integer> rates() {
        Map<String, Integer> r = new LinkedHashMap<>();
        r.put("LIVING_ALONE", 9000);
        r.put("EMPTY_NEST", 8500);
        r.put("DISABLED", 600);
        r.put("SUBSISTENCE", 180);
        r.put("EXTREME_POVERTY", 60);
        r.put("LEFT_BEHIND_CHILD", 150);
        r.put("CHILD_IN_HARDSHIP", 80);
        r.put("ENTITLED", 60);
        r.put("VETERAN", 250);
        r.put("COMMUNITY_CORRECTION", 8);
        r.put("DRUG_REHAB", 4);
        r.put("RELEASED_PRISONER", 15);
        r.put("SEVERE_MENTAL", 40);
        return r;
    }
}
