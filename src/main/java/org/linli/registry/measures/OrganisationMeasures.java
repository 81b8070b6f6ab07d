package org.linli.registry.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.linli.registry.OrganisationKind;
import org.linli.shared.measures.Measure;
import org.linli.shared.measures.MeasureSource;
import org.linli.shared.measures.PerCommittee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's organisations (实有单位) for the one set of tables: all of them and each kind,
 * group 单位. Organisations carry no dates of their own, so the count is of those registered now.
 */
@Component
class OrganisationMeasures implements MeasureSource {

    static final String TOTAL = "registry.organisations";

    private final JdbcClient jdbc;

    OrganisationMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String code(OrganisationKind kind) {
        return TOTAL + "." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(TOTAL, "实有单位", "个", "单位", false));
        for (OrganisationKind kind : OrganisationKind.values()) {
            measures.add(new Measure(code(kind), "实有单位：" + kind.label(), "个", "单位", false));
        }
        return measures;
    }

    @Override
    public Map<String, Map<String, Long>> compute(Set<String> codes, List<String> committeePaths, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        List<String> order = new ArrayList<>();
        StringBuilder sql = new StringBuilder(PerCommittee.WITH).append("SELECT committee.path");
        Map<String, Object> kinds = new HashMap<>();
        if (codes.contains(TOTAL)) {
            order.add(TOTAL);
            sql.append(", count(*)");
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (codes.contains(code(kind))) {
                order.add(code(kind));
                sql.append(", count(*) FILTER (WHERE o.kind = :k").append(kinds.size()).append(')');
                kinds.put("k" + kinds.size(), kind.name());
            }
        }
        if (order.isEmpty() || committeePaths.isEmpty()) {
            return values;
        }
        sql.append(" FROM organisation o").append(PerCommittee.join("o.division_path"))
                .append("WHERE o.division_path LIKE :under || '%' GROUP BY committee.path");
        jdbc.sql(sql.toString()).params(kinds)
                .param("committees", PerCommittee.committees(committeePaths))
                .param("under", PerCommittee.under(committeePaths))
                .query(rs -> {
                    PerCommittee.read(rs, order, values);
                });
        return values;
    }
}
