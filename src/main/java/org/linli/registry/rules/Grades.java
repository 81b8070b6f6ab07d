package org.linli.registry.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The grade written in a tag's detail ("肢体一级", "视力2级"): the most severe one named, 0 when none.
 * The SQL side tests the same patterns in the same order ({@link #SQL}).
 */
public final class Grades {

    private static final List<String> PATTERNS = List.of("[一1１]级", "[二2２]级", "[三3３]级", "[四4４]级");
    private static final List<Pattern> COMPILED = PATTERNS.stream().map(Pattern::compile).toList();

    /** A CASE over {@code t.detail} giving the grade, or NULL. */
    public static final String SQL = "CASE WHEN t.detail ~ '" + PATTERNS.get(0) + "' THEN 1 WHEN t.detail ~ '" + PATTERNS.get(1)
            + "' THEN 2 WHEN t.detail ~ '" + PATTERNS.get(2) + "' THEN 3 WHEN t.detail ~ '" + PATTERNS.get(3)
            + "' THEN 4 END";

    private Grades() {
    }

    static int of(String detail) {
        if (detail == null) {
            return 0;
        }
        for (int i = 0; i < COMPILED.size(); i++) {
            if (COMPILED.get(i).matcher(detail).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
