package org.linli.casework.stats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures counted from the cases themselves, for a committee (whose children, grids, the
 * rollup does not keep) and to check the rollup against ({@code CaseStatsTest}).
 */
@Repository
class CaseCounts {

    /** The same data scope as {@code CaseStore.visible}: staff by division path, a department by its summonses. */
    private static final String SCOPE = """
            WHERE c.division_path LIKE :prefix || '%' AND c.created_at >= :from AND c.created_at < :to
              AND (CAST(:dept AS bigint) IS NULL
                   OR EXISTS (SELECT 1 FROM case_summons x WHERE x.case_id = c.id AND x.department_id = CAST(:dept AS bigint)))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every figure per group key, counted from the cases themselves. */
    List<GroupFigures> figures(Grouping g, Period period, String prefix, int cut, Long dept) {
        Map<String, Object> params = Map.of("prefix", prefix, "from", period.from(), "to", period.to(), "cut", cut);
        List<GroupFigures> rows = new ArrayList<>(caseFigures(g, params, dept));
        for (Object[] s : counted(summonsSql(g), params, dept, 2)) {
            rows.add(GroupFigures.empty((String) s[0], (String) s[0]).withSummonses((long) s[1], (long) s[2]));
        }
        for (Object[] o : counted(overdueSql(g), params, dept, 1)) {
            rows.add(GroupFigures.empty((String) o[0], (String) o[0]).withOverdue((long) o[1]));
        }
        return rows;
    }

    private List<GroupFigures> caseFigures(Grouping g, Map<String, Object> params, Long dept) {
        String sql = "SELECT " + g.caseKey + """
                 AS key,
                       count(*) AS received,
                       count(*) FILTER (WHERE c.accepted_at IS NOT NULL OR c.status NOT IN ('REPORTED', 'REJECTED')) AS accepted,
                       count(*) FILTER (WHERE c.status = 'CLOSED') AS closed,
                       count(*) FILTER (WHERE c.status = 'CLOSED' AND c.closed_on_time) AS closed_on_time,
                       count(*) FILTER (WHERE c.status = 'CLOSED' OR (c.status <> 'REJECTED' AND c.finish_due < :now)) AS due_to_close,
                       count(*) FILTER (WHERE c.rework_count > 0) AS reworked,
                       count(*) FILTER (WHERE c.extension_count > 0) AS extended,
                       count(c.rating) AS rated,
                       count(*) FILTER (WHERE c.rating >= 3) AS satisfied,
                       coalesce(sum(extract(epoch FROM c.closed_at - c.created_at)) FILTER (WHERE c.status = 'CLOSED'), 0) / 3600.0
                           AS close_hours
                FROM case_record c
                """ + g.caseJoin + "\n" + SCOPE + " GROUP BY 1";
        return jdbc.sql(sql).params(params).param("dept", dept).param("now", OffsetDateTime.now(clock))
                .query((rs, i) -> new GroupFigures(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), 0, 0, rs.getLong(9), rs.getLong(10), rs.getDouble(11), 0,
                        rs.getLong(8)))
                .list();
    }

    /**
     * The grid workers' part, counted from the cases they took (a partial index holds only those),
     * for the rollup's readers and the committee's alike.
     */
    List<GroupFigures> gridFigures(Grouping g, Period period, String prefix, int cut, Long dept) {
        String sql = "SELECT " + g.caseKey + """
                 AS key, count(*),
                       count(*) FILTER (WHERE c.status = 'CLOSED' AND c.closed_on_time),
                       count(*) FILTER (WHERE c.status = 'CLOSED' OR (c.status <> 'REJECTED' AND c.finish_due < :now))
                FROM case_record c
                """ + g.caseJoin + "\n" + SCOPE + " AND c.handler_id IS NOT NULL AND c.taken_at IS NOT NULL GROUP BY 1";
        return jdbc.sql(sql).params(Map.of("prefix", prefix, "from", period.from(), "to", period.to(), "cut", cut))
                .param("dept", dept).param("now", OffsetDateTime.now(clock))
                .query((rs, i) -> GroupFigures.empty(rs.getString(1), rs.getString(1)).withGrid(rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private static String summonsSql(Grouping g) {
        return "SELECT " + g.summonsKey() + """
                , count(*), count(*) FILTER (WHERE s.checked_in_at <= s.checkin_due)
                FROM case_record c JOIN case_summons s ON s.case_id = c.id
                """ + SCOPE + " AND (CAST(:dept AS bigint) IS NULL OR s.department_id = CAST(:dept AS bigint)) GROUP BY 1";
    }

    private static String overdueSql(Grouping g) {
        return "SELECT " + g.overdueKey + """
                , count(*)
                FROM case_record c JOIN case_overdue o ON o.case_id = c.id
                """ + SCOPE + " AND " + g.overdueCharged
                + " AND (CAST(:dept AS bigint) IS NULL OR o.department_id = CAST(:dept AS bigint)) GROUP BY 1";
    }

    private List<Object[]> counted(String sql, Map<String, Object> params, Long dept, int counts) {
        return jdbc.sql(sql).params(params).param("dept", dept).query((rs, i) -> {
            Object[] row = new Object[counts + 1];
            row[0] = rs.getString(1);
            for (int c = 1; c <= counts; c++) {
                row[c] = rs.getLong(c + 1);
            }
            return row;
        }).list();
    }
}
