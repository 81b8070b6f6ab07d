package org.linli.casework.stats;

import java.util.function.Function;

/**
 * Every figure of the statistics page and its export, defined once: the Chinese label, how it is
 * shown, and (in each comment) the formula. Counts come from {@link GroupFigures}; rates are
 * null when their denominator is zero, so an empty group shows "—" rather than 0 %.
 */
public enum Indicator {
    /** 受理量: cases created in the period. */
    RECEIVED("接诉量", Kind.COUNT, f -> f.received()),
    /** 立案数: accepted_at set, or a status past acceptance (a case escalated by the clock skips ACCEPTED). */
    ACCEPTED("立案数", Kind.COUNT, f -> f.accepted()),
    /** 结案数: status CLOSED now (a reopened case is open again). */
    CLOSED("结案数", Kind.COUNT, f -> f.closed()),
    /** 按期结案数: closed, and closed no later than finish_due (case_record.closed_on_time). */
    CLOSED_ON_TIME("按期结案数", Kind.COUNT, f -> f.closedOnTime()),
    /** 应结案数: closed, or open (not rejected) with finish_due already past. */
    DUE_TO_CLOSE("应结案数", Kind.COUNT, f -> f.dueToClose()),
    /** 结案率 = 结案数 / 应结案数. */
    CLOSE_RATE("结案率", Kind.RATE, f -> rate(f.closed(), f.dueToClose())),
    /** 按期结案率 = 按期结案数 / 应结案数. */
    ON_TIME_RATE("按期结案率", Kind.RATE, f -> rate(f.closedOnTime(), f.dueToClose())),
    /** 返工数: cases sent back at verification at least once (rework_count > 0). */
    REWORKED("返工数", Kind.COUNT, f -> f.reworked()),
    /** 返工率 = 返工数 / 接诉量. */
    REWORK_RATE("返工率", Kind.RATE, f -> rate(f.reworked(), f.received())),
    /** 延期数: cases whose limit (the case's or a summoned department's) was extended at least once with the street's approval. */
    EXTENDED("延期数", Kind.COUNT, f -> f.extended()),
    /** 延期率 = 延期数 / 接诉量. */
    EXTENSION_RATE("延期率", Kind.RATE, f -> rate(f.extended(), f.received())),
    /** 按时报到率 = summonses checked in no later than checkin_due / all summonses of the group's cases. */
    CHECK_IN_RATE("按时报到率", Kind.RATE, f -> rate(f.checkedInOnTime(), f.summonses())),
    /** 满意率 = cases whose latest rating (case_record.rating) is 3 基本满意 or better / rated cases. */
    SATISFACTION("满意率", Kind.RATE, f -> rate(f.satisfied(), f.rated())),
    /** 平均办结时长 = mean hours from creation to closing, over closed cases. */
    AVERAGE_HOURS("平均办结时长（小时）", Kind.HOURS, f -> f.closed() == 0 ? null : f.closeHours() / f.closed()),
    /** 超时次数: limits missed (case_overdue) charged to the group: a committee, a department, or any holder for a category. */
    OVERDUE("超时次数", Kind.COUNT, f -> f.overdue()),
    /** 网格员办理数: cases a grid worker took (接单), by dispatch or from their grid. */
    GRID_HANDLED("网格员办理数", Kind.COUNT, f -> f.gridHandled()),
    /** 网格员按期结案率 = those of them closed on time / those of them due to close. */
    GRID_ON_TIME_RATE("网格员按期结案率", Kind.RATE, f -> rate(f.gridClosedOnTime(), f.gridDueToClose()));

    public enum Kind { COUNT, RATE, HOURS }

    private final String label;
    private final Kind kind;
    private final Function<GroupFigures, Number> value;

    Indicator(String label, Kind kind, Function<GroupFigures, Number> value) {
        this.label = label;
        this.kind = kind;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The value for a group: a count, a rate between 0 and 1, hours, or null when undefined. */
    public Number of(GroupFigures f) {
        return value.apply(f);
    }

    /** As shown on the page: counts plain, rates as percentages with one decimal, "—" when undefined. */
    public String format(GroupFigures f) {
        Number v = of(f);
        if (v == null) {
            return "—";
        }
        return switch (kind) {
            case COUNT -> String.format("%,d", v.longValue());
            case RATE -> String.format("%.1f%%", v.doubleValue() * 100);
            case HOURS -> String.format("%.1f", v.doubleValue());
        };
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
