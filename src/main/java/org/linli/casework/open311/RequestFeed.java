package org.linli.casework.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.casework.CaseStatus;
import org.linli.casework.Channel;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases as GeoReport service requests: one query that also finds the leading department while
 * summoned and why a case was refused, then one lookup of the division module for the names of the
 * places and of the committees responsible. The caller decides the visible set: a key's division,
 * or the jurisdiction's Open311 cases for anyone. Reporters' names and phone numbers are not even
 * selected.
 */
@Component
class RequestFeed {

    record Row(long id, String number, String trackingCode, CaseStatus status, String categoryCode, String categoryName,
               String description, Channel channel, OffsetDateTime createdAt, OffsetDateTime updatedAt,
               OffsetDateTime finishDue, String divisionPath, String divisionName, String address, BigDecimal latitude,
               BigDecimal longitude, String committeeName, String leadDepartment, String rejection, Long photoId) {

        /** The place's code: the last code of its path. */
        String divisionCode() {
            return codes(divisionPath).getLast();
        }

        /** The committee's code (twelve digits) on the place's path, if the place lies within one. */
        Optional<String> committeeCode() {
            return codes(divisionPath).stream().filter(c -> c.length() == 12).findFirst();
        }

        /** Named, and placed at its own point or else at the centre of its place. */
        Row named(Map<String, String> names, LatLon centre) {
            boolean own = latitude != null && longitude != null;
            return new Row(id, number, trackingCode, status, categoryCode, categoryName, description, channel, createdAt, updatedAt,
                    finishDue, divisionPath, names.getOrDefault(divisionCode(), divisionCode()), address,
                    own ? latitude : degrees(centre == null ? null : centre.lat()),
                    own ? longitude : degrees(centre == null ? null : centre.lon()),
                    committeeCode().map(names::get).orElse(null), leadDepartment, rejection, photoId);
        }

        private static BigDecimal degrees(Double d) {
            return d == null ? null : BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP);
        }

        private static List<String> codes(String path) {
            return Arrays.stream(path.split("/")).filter(c -> !c.isEmpty()).toList();
        }
    }

    /** Who may see what: cases under {@code scope}, and only those of {@code channel} if it is set. */
    record Visibility(DataScope scope, Channel channel) {
    }

    /** A search; {@code numbers} non-empty overrides the rest, as the spec says of service_request_id. */
    record Query(List<String> numbers, List<String> categories, OffsetDateTime from, OffsetDateTime to, Boolean open, int limit,
                 int offset) {
    }

    private static final String SELECT = """
            SELECT c.id, c.number, c.tracking_code, c.status, c.category_code, k.name AS category_name, c.description,
                   c.channel, c.created_at, c.updated_at, c.finish_due, c.division_path, NULL::text AS division_name,
                   c.address, c.latitude, c.longitude, NULL::text AS committee_name,
                   (SELECT p.name FROM case_summons s JOIN department p ON p.id = s.department_id
                    WHERE s.case_id = c.id AND s.is_lead ORDER BY s.round DESC LIMIT 1) AS lead_department,
                   (SELECT l.note FROM case_log l WHERE l.case_id = c.id AND l.to_status = 'REJECTED'
                    ORDER BY l.id DESC LIMIT 1) AS rejection,
                   (SELECT a.id FROM case_attachment a
                    WHERE a.case_id = c.id AND a.log_id = (SELECT min(f.id) FROM case_log f WHERE f.case_id = c.id)
                    ORDER BY a.id LIMIT 1) AS photo_id
            FROM case_record c JOIN case_category k ON k.code = c.category_code
            WHERE c.division_path LIKE :prefix || '%' AND (:channel = '' OR c.channel = :channel)
            """;

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final Locator locator;

    RequestFeed(JdbcClient jdbc, Divisions divisions, Locator locator) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.locator = locator;
    }

    List<Row> search(Visibility v, Query q) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object[]> params = new ArrayList<>();
        if (!q.numbers().isEmpty()) {
            sql.append(" AND c.number IN (:numbers)");
            params.add(new Object[] {"numbers", q.numbers()});
        } else {
            // Fixed clauses only; values are always bound.
            if (!q.categories().isEmpty()) {
                sql.append(" AND c.category_code IN (:categories)");
                params.add(new Object[] {"categories", q.categories()});
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
        sql.append(" ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset");
        JdbcClient.StatementSpec spec = bind(jdbc.sql(sql.toString()), v).param("limit", q.limit()).param("offset", q.offset());
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return named(spec.query(Row.class).list());
    }

    Optional<Row> byNumber(Visibility v, String number) {
        return bind(jdbc.sql(SELECT + " AND c.number = :n"), v).param("n", number).query(Row.class).optional()
                .map(r -> named(List.of(r)).getFirst());
    }

    Optional<Row> byToken(Visibility v, String token) {
        return bind(jdbc.sql(SELECT + " AND c.tracking_code = :t"), v).param("t", token.strip().toUpperCase())
                .query(Row.class).optional().map(r -> named(List.of(r)).getFirst());
    }

    /**
     * The places and committees of the rows named, one lookup for them all; a case reported
     * without a point is shown at the centre of its place (one lookup per place).
     */
    private List<Row> named(List<Row> rows) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> {
            codes.add(r.divisionCode());
            r.committeeCode().ifPresent(codes::add);
        });
        Map<String, Division> places = divisions.byCodes(codes).stream().collect(Collectors.toMap(Division::code, d -> d, (a, b) -> a));
        Map<String, String> names = new HashMap<>();
        places.forEach((code, d) -> names.put(code, d.name()));
        Map<String, Optional<LatLon>> centres = new HashMap<>();
        return rows.stream().map(r -> {
            Division place = places.get(r.divisionCode());
            LatLon centre = r.latitude() != null || place == null ? null
                    : centres.computeIfAbsent(place.code(), c -> locator.centre(place)).orElse(null);
            return r.named(names, centre);
        }).toList();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Visibility v) {
        return spec.param("prefix", v.scope().prefix()).param("channel", v.channel() == null ? "" : v.channel().name());
    }
}
