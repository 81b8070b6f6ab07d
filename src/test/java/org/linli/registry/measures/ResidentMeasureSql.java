package org.linli.registry.measures;

import java.util.Set;

/** The registry measures' statement for the prefill benchmark's EXPLAIN (the source itself is package-private). */
public final class ResidentMeasureSql {

    private ResidentMeasureSql() {
    }

    public static String sql(Set<String> codes) {
        return ResidentMeasures.sqlFor(codes);
    }
}
