package org.linli.shared.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's measures for the one set of tables. The module that owns the data implements it (the
 * registry counts residents, the case loop counts cases), so reports fill themselves without reading
 * other modules' tables; the reports module gathers every source it finds.
 */
public interface MeasureSource {

    /** The measures this source answers, in the order a catalogue lists them. */
    List<Measure> measures();

    /**
     * The value of each asked measure this source owns for each committee, computed together (one
     * query per source, not one per committee): code → committee path → value. Committees with
     * nothing to count may be missing (read as 0); codes this source does not own are ignored.
     *
     * @param codes          the measures asked (any source's)
     * @param committeePaths the committees' division paths; everything under each path counts
     * @param from           the period's first day (flow measures)
     * @param to             the period's last day (stock measures are counted on it)
     */
    Map<String, Map<String, Long>> compute(Set<String> codes, List<String> committeePaths, LocalDate from, LocalDate to);

    /**
     * One measure on one day for each committee, from whichever source owns it (empty when none
     * does): for a module that needs, say, the registry's households beside its own numbers.
     */
    static Map<String, Long> onDay(List<MeasureSource> sources, String code, List<String> committeePaths, LocalDate day) {
        if (committeePaths.isEmpty()) {
            return Map.of();
        }
        return sources.stream().filter(s -> s.measures().stream().anyMatch(m -> m.code().equals(code))).findFirst()
                .map(s -> s.compute(Set.of(code), committeePaths, day, day).getOrDefault(code, Map.of()))
                .orElse(Map.of());
    }
}
