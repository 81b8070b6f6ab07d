package org.linli.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.linli.registry.TagEligibility;

/**
 * Shares of each group among those who can belong to it (per ten thousand), roughly those of a
 * Chinese city district: most elderly living alone are tagged so, a few per cent disabled, and so on.
 * Who can belong is the registry's rule ({@link TagEligibility}). Public for the benchmarks, which
 * generate their residents at the same shares.
 */
public final class DemoTagRates {

    private DemoTagRates() {
    }

    public static Map<String, TagEligibility> eligibility() {
        Map<String, TagEligibility> e = new LinkedHashMap<>();
        e.put("LIVING_ALONE", TagEligibility.AGED_60_LIVING_ALONE);
        e.put("EMPTY_NEST", TagEligibility.AGED_60_ONLY_ELDERLY_HOUSEHOLD);
        e.put("EXTREME_POVERTY", TagEligibility.AGED_60);
        e.put("LEFT_BEHIND_CHILD", TagEligibility.CHILD_UNDER_16);
        e.put("CHILD_IN_HARDSHIP", TagEligibility.CHILD_UNDER_16);
        e.put("VETERAN", TagEligibility.ADULT_18_TO_70);
        e.put("COMMUNITY_CORRECTION", TagEligibility.ADULT_18_TO_70);
        e.put("DRUG_REHAB", TagEligibility.ADULT_18_TO_70);
        e.put("RELEASED_PRISONER", TagEligibility.ADULT_18_TO_70);
        return e;
    }

    public static Map<String, Integer> rates() {
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
