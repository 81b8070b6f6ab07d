package org.linli.casework.internal;

import java.util.List;
import java.util.Map;

import org.linli.casework.CaseStatus;

/**
 * The case map's colours: one per stage of the loop (who holds the case), red for any open case
 * past the limit that applies now, whatever its stage. The page's legend lists them in this order.
 */
public final class MapLegend {

    /** A colour of the legend and what it stands for. */
    public record Entry(String key, String label, String colour) {
    }

    public static final Entry OVERDUE = new Entry("overdue", "超时", "#dc3545");

    private static final List<Entry> STAGES = List.of(
            new Entry("reported", "待受理", "#0d6efd"),
            new Entry("community", "社区办理", "#20c997"),
            new Entry("grid", "网格员办理", "#6f42c1"),
            new Entry("street", "街道吹哨、部门办理", "#fd7e14"),
            new Entry("verifying", "待核查、返工", "#d4a106"),
            new Entry("closed", "已结案", "#198754"),
            new Entry("rejected", "不予受理", "#6c757d"));

    private static final Map<CaseStatus, Integer> STAGE = Map.ofEntries(
            Map.entry(CaseStatus.REPORTED, 0), Map.entry(CaseStatus.ACCEPTED, 1), Map.entry(CaseStatus.REOPENED, 1),
            Map.entry(CaseStatus.DISPATCHED, 2), Map.entry(CaseStatus.HANDLING, 2), Map.entry(CaseStatus.ESCALATED, 3),
            Map.entry(CaseStatus.SUMMONED, 3), Map.entry(CaseStatus.VERIFYING, 4), Map.entry(CaseStatus.REWORK, 4),
            Map.entry(CaseStatus.CLOSED, 5), Map.entry(CaseStatus.REJECTED, 6));

    private MapLegend() {
    }

    /** Overdue first (drawn on top), then the stages. */
    public static List<Entry> entries() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(OVERDUE), STAGES.stream()).toList();
    }

    public static Entry of(CaseStatus status, boolean overdue) {
        return overdue ? OVERDUE : STAGES.get(STAGE.get(status));
    }
}
