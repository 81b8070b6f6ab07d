package org.linli.reports.requests;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.linli.reports.templates.Figures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consolidated table's one query: a row per committee with its values in the fields' order. */
@Repository
class ConsolidatedStore {

    private final JdbcClient jdbc;

    ConsolidatedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The forms of the request under the (escaped) path prefix, in path order, so streets come together. */
    List<ConsolidatedTable.Row> rows(long requestId, String prefix) {
        return jdbc.sql("""
                        SELECT f.id, f.committee_path, f.status, f.level, f.returned_count, f.late,
                               array_agg(v.value ORDER BY fl.position) AS vals,
                               array_agg(v.computed ORDER BY fl.position) AS comps,
                               array_agg(v.reason ORDER BY fl.position) AS reasons
                          FROM report_form f
                          JOIN report_value v ON v.form_id = f.id
                          JOIN report_field fl ON fl.id = v.field_id
                         WHERE f.request_id = :r AND f.committee_path LIKE :prefix || '%'
                         GROUP BY f.id ORDER BY f.committee_path""")
                .param("r", requestId).param("prefix", prefix).query(ConsolidatedStore::row).list();
    }

    private static ConsolidatedTable.Row row(ResultSet rs, int n) throws SQLException {
        BigDecimal[] values = (BigDecimal[]) rs.getArray("vals").getArray();
        BigDecimal[] computed = (BigDecimal[]) rs.getArray("comps").getArray();
        String[] reasons = (String[]) rs.getArray("reasons").getArray();
        List<ConsolidatedTable.Cell> cells = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            cells.add(new ConsolidatedTable.Cell(Figures.plain(values[i]), Figures.plain(computed[i]), reasons[i]));
        }
        return new ConsolidatedTable.Row(rs.getLong("id"), rs.getString("committee_path"), null, rs.getString("status"),
                rs.getInt("level"), rs.getInt("returned_count"), rs.getBoolean("late"), cells);
    }
}
