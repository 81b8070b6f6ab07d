package org.linli.benefits.outreach;

import java.time.ZoneId;
import java.util.List;

import org.linli.benefits.catalogue.Catalogue;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outreach figures in one query: every match of the scope, grouped by benefit and by the child
 * division of the scope its resident lives under (the path's next code), with each benefit's total.
 */
@Component
class FigureStore {

    /** A benefit and a child's code (null on a benefit's total) with the counts. */
    record Counted(long benefitId, String child, long found, long informed, long applied, long enrolled, Double median) {
    }

    private final JdbcClient jdbc;

    FigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Counted> count(DataScope scope, Long benefitId, ZoneId zone) {
        return jdbc.sql("""
                        WITH m AS (
                          SELECT m.benefit_id, m.resident_id, m.informed_at, m.found_at, m.closed_why,
                                 split_part(substr(m.division_path, length(:path) + 1), '/', 1) AS child,
                                 EXISTS (SELECT 1 FROM benefit_outreach o WHERE o.match_id = m.id AND o.outcome = 'APPLIED') AS applied
                          FROM benefit_match m JOIN benefit b ON b.id = m.benefit_id
                          WHERE m.division_path LIKE :prefix || '%' AND """ + Catalogue.VISIBLE_SQL + """
                           AND (CAST(:benefit AS bigint) IS NULL OR m.benefit_id = :benefit))
                        SELECT benefit_id, child,
                               count(DISTINCT resident_id) AS found,
                               count(DISTINCT resident_id) FILTER (WHERE informed_at IS NOT NULL) AS informed,
                               count(DISTINCT resident_id) FILTER (WHERE applied) AS applied,
                               count(DISTINCT resident_id) FILTER (WHERE closed_why = 'ENROLLED') AS enrolled,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY
                                   (informed_at AT TIME ZONE :zone)::date - (found_at AT TIME ZONE :zone)::date)
                                   FILTER (WHERE informed_at IS NOT NULL) AS median
                        FROM m GROUP BY GROUPING SETS ((benefit_id, child), (benefit_id))
                        ORDER BY benefit_id, GROUPING(child) DESC, child""")
                .param("path", scope.path()).param("prefix", scope.prefix())
                .param("benefit", benefitId, java.sql.Types.BIGINT).param("zone", zone.getId())
                .query((rs, i) -> new Counted(rs.getLong("benefit_id"), rs.getString("child"), rs.getLong("found"),
                        rs.getLong("informed"), rs.getLong("applied"), rs.getLong("enrolled"),
                        rs.getObject("median") == null ? null : rs.getDouble("median")))
                .list();
    }
}
