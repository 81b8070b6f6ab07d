package org.linli.workforce.pay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pay changes' SQL. */
@Component
class PayChangeStore {

    private final JdbcClient jdbc;

    PayChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PayChange> last(long workerId) {
        return jdbc.sql("SELECT * FROM worker_pay_change WHERE worker_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", workerId).query(PayChangeStore::change).optional();
    }

    /** The last change of each of these workers, in one query. */
    Map<Long, PayChange> last(Collection<Long> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT ON (worker_id) * FROM worker_pay_change WHERE worker_id IN (:ids)
                        ORDER BY worker_id, id DESC""")
                .param("ids", workerIds).query(PayChangeStore::change).list().stream()
                .collect(Collectors.toMap(PayChange::workerId, c -> c));
    }

    List<PayChange> ofWorker(long workerId) {
        return jdbc.sql("SELECT * FROM worker_pay_change WHERE worker_id = :id ORDER BY id DESC")
                .param("id", workerId).query(PayChangeStore::change).list();
    }

    void insert(long workerId, LocalDate on, Integer gradeBefore, int gradeAfter, Integer payBefore, PayLine line, String reason,
                String by, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO worker_pay_change (worker_id, effective_on, grade_before, grade_after, pay_before, pay_after,
                                                       years_after, table_id, reason, recorded_by, recorded_at)
                        VALUES (:worker, :on, :gradeBefore, :gradeAfter, :payBefore, :payAfter, :years, :table, :reason, :by, :at)""")
                .param("worker", workerId).param("on", on).param("gradeBefore", gradeBefore, java.sql.Types.INTEGER)
                .param("gradeAfter", gradeAfter).param("payBefore", payBefore, java.sql.Types.INTEGER).param("payAfter", line.total())
                .param("years", line.years()).param("table", line.tableId()).param("reason", reason).param("by", by).param("at", at)
                .update();
    }

    private static PayChange change(ResultSet rs, int row) throws SQLException {
        return new PayChange(rs.getLong("id"), rs.getLong("worker_id"), rs.getObject("effective_on", LocalDate.class),
                (Integer) rs.getObject("grade_before"), rs.getInt("grade_after"), (Integer) rs.getObject("pay_before"),
                rs.getInt("pay_after"), rs.getInt("years_after"), rs.getString("reason"), rs.getString("recorded_by"));
    }
}
