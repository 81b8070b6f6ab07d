package org.linli.casework.stats;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures read from the rollup that triggers keep in the transaction of every change to a case,
 * a summons or an overdue record (V20__case_tally.sql): whole months from the month rows, the days
 * at either end from the day rows, plus the deltas not yet folded. "Due to close" follows each
 * case's past_due flag, which {@link #fold} also sets for open cases whose limit has since passed.
 */
@Component
class CaseTally {

    private static final String ROWS = """
            FROM (SELECT * FROM case_tally UNION ALL SELECT * FROM case_tally_delta) t
            WHERE ((t.grain = 'm' AND t.starts >= :monthsFrom AND t.starts < :monthsTo)
                   OR (t.grain = 'd' AND ((t.starts >= :first AND t.starts < :monthsFrom) OR (t.starts >= :monthsTo AND t.starts < :end))))
              AND t.depth = :depth AND t.unit_path LIKE :prefix || '%'
            """;

    /** The deepest level the rollup keeps: committees (five path segments). */
    static final int COMMITTEE_DEPTH = 5;

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseTally(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Every figure per group key, for a scope whose children are committees or above. */
    List<GroupFigures> figures(Grouping g, Period period, String prefix, int cut, Long dept) {
        Map<String, Object> params = new java.util.HashMap<>(ranges(period));
        // Per child division the rows one level below the scope, otherwise the scope's own rows.
        params.put("depth", depth(prefix) + (g == Grouping.REGION ? 1 : 0));
        String caseView = dept != null ? "t.department_id = :dept" : g == Grouping.DEPARTMENT ? "t.department_id <> 0" : "t.department_id = 0";
        String summonsView = dept != null ? "t.department_id = :dept" : "t.department_id <> 0";
        String overdueView = (dept != null ? "t.department_id = :dept" : "true") + " AND " + g.tallyOverdueCharged;
        List<GroupFigures> rows = new java.util.ArrayList<>(jdbc.sql("SELECT " + g.tallyKey + """
                         AS key,
                               sum(t.received) FILTER (WHERE %1$s), sum(t.accepted) FILTER (WHERE %1$s),
                               sum(t.closed) FILTER (WHERE %1$s), sum(t.closed_on_time) FILTER (WHERE %1$s),
                               sum(t.closed + t.due_open) FILTER (WHERE %1$s),
                               sum(t.reworked) FILTER (WHERE %1$s), sum(t.summonses) FILTER (WHERE %2$s),
                               sum(t.checked_in_on_time) FILTER (WHERE %2$s), sum(t.rated) FILTER (WHERE %1$s),
                               sum(t.satisfied) FILTER (WHERE %1$s), sum(t.close_seconds) FILTER (WHERE %1$s) / 3600.0,
                               sum(t.extended) FILTER (WHERE %1$s)
                        """.formatted(caseView, summonsView) + ROWS + " AND t.holder_path = '' AND (" + caseView + " OR " + summonsView
                        + ") GROUP BY 1")
                .params(params).param("prefix", prefix).param("cut", cut).param("dept", dept)
                .query((rs, i) -> new GroupFigures(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getDouble(12), 0, rs.getLong(13)))
                .list());
        rows.addAll(jdbc.sql("SELECT " + g.tallyOverdueKey + " AS key, sum(t.overdue) " + ROWS + " AND t.overdue <> 0 AND "
                        + overdueView + " GROUP BY 1")
                .params(params).param("prefix", prefix).param("cut", cut).param("dept", dept)
                .query((rs, i) -> GroupFigures.empty(rs.getString(1), rs.getString(1)).withOverdue(rs.getLong(2)))
                .list());
        return rows;
    }

    /** How many segments a path prefix has: 0 for the country '/', 3 for a district. */
    static int depth(String prefix) {
        return (int) prefix.chars().filter(ch -> ch == '/').count() - 1;
    }

    /** Whole months of the period read month rows; the days before the first and after the last read day rows. */
    static Map<String, Object> ranges(Period period) {
        LocalDate first = period.first();
        LocalDate end = period.last().plusDays(1);
        LocalDate monthsFrom = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = end.withDayOfMonth(1);
        if (!monthsFrom.isBefore(monthsTo)) {
            monthsFrom = end;
            monthsTo = end;
        }
        return Map.of("first", first, "end", end, "monthsFrom", monthsFrom, "monthsTo", monthsTo);
    }

    /**
     * Every minute: marks open cases whose finishing limit has passed since their last write (the
     * triggers then count them as due to close), and folds the deltas into the tally, so readers
     * add a minute's changes at most. The advisory lock keeps a second instance of the application
     * from folding at the same time.
     */
    @Scheduled(fixedDelayString = "${linli.cases.tally-fold:PT1M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "case-tally-fold", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    @Transactional
    public void fold() {
        jdbc.sql("UPDATE case_record SET past_due = true WHERE status NOT IN ('CLOSED', 'REJECTED') AND NOT past_due AND finish_due < :now").param("now", OffsetDateTime.now(clock))
                .update();
        if (Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('case_tally_fold'))").query(Boolean.class).single())) {
            jdbc.sql("SELECT case_tally_fold()").query(Long.class).single();
        }
    }
}
