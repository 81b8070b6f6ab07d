package org.linli.registry.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import dev.cel.runtime.CelRuntime;

import org.linli.registry.ResidentRules.ResidentRule;

/**
 * A checked rule: its CEL program for one resident in memory, and the SQL condition on {@code r}
 * with its parameters for bulk matching, both from the same checked syntax tree.
 */
record CompiledRule(String source, CelRuntime.Program program, String condition,
                    Map<String, Function<LocalDate, Object>> params, Reads reads, Map<String, TagInfo> tags)
        implements ResidentRule {

    @Override
    public String toString() {
        return source;
    }
}
