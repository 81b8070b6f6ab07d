package org.linli.casework.open311;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.casework.CaseStatus;
import org.linli.casework.Channel;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases as GeoReport service requests: one query that also finds who is responsible (the
 * committee, or the leading department while summoned) and why a case was refused. The caller
 * decides the visible set: a key's division, or the jurisdiction's Open311 cases for anyone.
 * Reporters' names and phone numbers are not even selected.
 */
@Component
class RequestFeed {

    record Row(long id, String number, String trackingCode, CaseStatus status, String categoryCode, String categoryName,
               String description, Channel channel, OffsetDateTime createdAt, OffsetDateTime updatedAt,
               OffsetDateTime finishDue, String divisionCode, String divisionName, String address, BigDecimal latitude,
               BigDecimal longitude, String committeeName, String leadDepartment, String rejection) {
    }

    /** Who may see what: cases under {@code scope}, and only those of {@code channel} if it is set. */
    record Visibility(DataScope scope, Channel channel) {
    }

    /** A search; {@code numbers} non-empty overrides the rest, as the spec says of service_request_id. */
    record Query(List<String> numbers, String category, OffsetDateTime from, OffsetDateTime to, Boolean open, int limit) {
    }

    private static final String SELECT = """
            SELECT c.id, c.number, c.tracking_code, c.status, c.category_code, k.name AS category_name, c.description,
                   c.channel, c.created_at, c.updated_at, c.finish_due, d.code AS division_code, d.name AS division_name,
                   c.address, c.latitude, c.longitude,
                   (SELECT m.name FROM division m WHERE m.level = 'COMMITTEE' AND c.division_path LIKE m.path || '%'
                    ORDER BY length(m.path) DESC LIMIT 1) AS committee_name,
                   (SELECT p.name FROM case_summons s JOIN department p ON p.id = s.department_id
                    WHERE s.case_id = c.id AND s.is_lead ORDER BY s.round DESC LIMIT 1) AS lead_department,
                   (SELECT l.note FROM case_log l WHERE l.case_id = c.id AND l.to_status = 'REJECTED'
                    ORDER BY l.id DESC LIMIT 1) AS rejection
            FROM case_record c JOIN case_category k ON k.code = c.category_code JOIN division d ON d.id = c.division_id
            WHERE c.division_path LIKE :prefix || '%' AND (:channel = '' OR c.channel = :channel)
            """;

    private final JdbcClient jdbc;

    RequestFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> search(Visibility v, Query q) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object[]> params = new ArrayList<>();
        if (!q.numbers().isEmpty()) {
            sql.append(" AND c.number IN (:numbers)");
            params.add(new Object[] {"numbers", q.numbers()});
        } else {
            // Fixed clauses only; values are always bound.
            if (q.category() != null) {
                sql.append(" AND c.category_code = :category");
                params.add(new Object[] {"category", q.category()});
            }
            if (q.from() != null) {
                sql.append(" AND c.created_at >= :from");
                params.add(new Object[] {"from", q.from()});
            }
            if (q.to() != null) {
                sql.append(" AND c.created_at <= :to");
                params.add(new Object[] {"to", q.to()});
            }
            if (q.open() != null) {
                sql.append(q.open() ? " AND c.status NOT IN ('CLOSED', 'REJECTED')" : " AND c.status IN ('CLOSED', 'REJECTED')");
            }
        }
        sql.append(" ORDER BY c.created_at DESC, c.id DESC LIMIT :limit");
        JdbcClient.StatementSpec spec = bind(jdbc.sql(sql.toString()), v).param("limit", q.limit());
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query(Row.class).list();
    }

    Optional<Row> byNumber(Visibility v, String number) {
        return bind(jdbc.sql(SELECT + " AND c.number = :n"), v).param("n", number).query(Row.class).optional();
    }

    Optional<Row> byToken(Visibility v, String token) {
        return bind(jdbc.sql(SELECT + " AND c.tracking_code = :t"), v).param("t", token.strip().toUpperCase())
                .query(Row.class).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Visibility v) {
        return spec.param("prefix", v.scope().prefix()).param("channel", v.channel() == null ? "" : v.channel().name());
    }
}
