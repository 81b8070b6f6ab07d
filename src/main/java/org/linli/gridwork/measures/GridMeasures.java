package org.linli.gridwork.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.shared.measures.Measure;
import org.linli.shared.measures.MeasureSource;
import org.linli.shared.measures.PerCommittee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grid work for the one set of tables (group 事, over the period): patrols started on a day of
 * the period in the committee's grids, and visits to special groups made on a day of it. Both in
 * one query (the two tables read one after the other and grouped together).
 */
@Component
class GridMeasures implements MeasureSource {

    static final String PATROLS = "gridwork.patrols";
    static final String VISITS = "gridwork.visits";

    private final JdbcClient jdbc;

    GridMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure(PATROLS, "网格巡查次数", "次", "事", true),
                new Measure(VISITS, "特殊人群走访次数", "次", "事", true));
    }

    @Override
    public Map<String, Map<String, Long>> compute(Set<String> codes, List<String> committeePaths, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        List<String> order = new ArrayList<>();
        StringBuilder sql = new StringBuilder(PerCommittee.WITH).append("SELECT committee.path");
        for (String code : List.of(PATROLS, VISITS)) {
            if (codes.contains(code)) {
                order.add(code);
                sql.append(", count(*) FILTER (WHERE e.kind = '").append(code.equals(PATROLS) ? 'P' : 'V').append("')");
            }
        }
        if (order.isEmpty() || committeePaths.isEmpty()) {
            return values;
        }
        sql.append("""
                 FROM (SELECT 'P' AS kind, p.grid_path COLLATE "C" AS path FROM patrol p
                       WHERE p.start_day BETWEEN :from AND :to AND p.grid_path LIKE :under || '%'
                       UNION ALL
                       SELECT 'V', v.division_path FROM visit v
                       WHERE v.visited_on BETWEEN :from AND :to AND v.division_path LIKE :under || '%') e""")
                .append(PerCommittee.join("e.path")).append("GROUP BY committee.path");
        jdbc.sql(sql.toString())
                .param("committees", PerCommittee.committees(committeePaths))
                .param("under", PerCommittee.under(committeePaths))
                .param("from", from).param("to", to)
                .query(rs -> {
                    PerCommittee.read(rs, order, values);
                });
        return values;
    }
}
