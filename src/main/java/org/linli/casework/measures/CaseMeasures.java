package org.linli.casework.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.shared.measures.Measure;
import org.linli.shared.measures.MeasureSource;
import org.linli.shared.measures.PerCommittee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case loop's events for the one set of tables (group 事, counted over the period): cases
 * received (受理) — every case placed in the committee's area whose record was made in the period,
 * whatever became of it —, cases closed in the period, and the cases received of each category of
 * the maintained catalogue ({@code casework.cases.<category code>}, so a renamed category keeps
 * its fields). The period's days are those of the application's zone.
 */
@Component
class CaseMeasures implements MeasureSource {

    static final String RECEIVED = "casework.cases";
    static final String CLOSED = "casework.closed";

    private final JdbcClient jdbc;
    private final Categories categories;
    private final Clock clock;

    CaseMeasures(JdbcClient jdbc, Categories categories, Clock clock) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(RECEIVED, "受理诉求", "件", "事", true));
        measures.add(new Measure(CLOSED, "办结诉求", "件", "事", true));
        for (Category category : categories.all()) {
            measures.add(new Measure(RECEIVED + "." + category.code(), "受理诉求：" + category.name(), "件", "事", true));
        }
        return measures;
    }

    @Override
    public Map<String, Map<String, Long>> compute(Set<String> codes, List<String> committeePaths, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        List<String> order = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(PerCommittee.WITH).append("SELECT committee.path");
        String received = "c.created_at >= :start AND c.created_at < :end";
        if (codes.contains(RECEIVED)) {
            order.add(RECEIVED);
            sql.append(", count(*) FILTER (WHERE ").append(received).append(')');
        }
        if (codes.contains(CLOSED)) {
            order.add(CLOSED);
            sql.append(", count(*) FILTER (WHERE c.closed_at >= :start AND c.closed_at < :end)");
        }
        for (String code : codes) {
            if (code.startsWith(RECEIVED + ".")) {
                order.add(code);
                sql.append(", count(*) FILTER (WHERE ").append(received).append(" AND c.category_code = :c").append(params.size())
                        .append(')');
                params.put("c" + params.size(), code.substring(RECEIVED.length() + 1));
            }
        }
        if (order.isEmpty() || committeePaths.isEmpty()) {
            return values;
        }
        sql.append(" FROM case_record c").append(PerCommittee.join("c.division_path")).append("""
                WHERE c.division_path LIKE :under || '%'
                  AND ((c.created_at >= :start AND c.created_at < :end) OR (c.closed_at >= :start AND c.closed_at < :end))
                GROUP BY committee.path""");
        jdbc.sql(sql.toString()).params(params)
                .param("committees", PerCommittee.committees(committeePaths))
                .param("under", PerCommittee.under(committeePaths))
                .param("start", from.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .param("end", to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query(rs -> {
                    PerCommittee.read(rs, order, values);
                });
        return values;
    }
}
