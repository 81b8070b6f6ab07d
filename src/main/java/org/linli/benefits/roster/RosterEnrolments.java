package org.linli.benefits.roster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a benefit's roster ({@code benefit_enrolment}) and of closing a match by enrolment. */
@Component
class RosterEnrolments {

    private final JdbcClient jdbc;

    RosterEnrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An enrolment as stored. */
    record Enrolment(long id, long residentId, String divisionPath, LocalDate since, LocalDate until,
                     OffsetDateTime importedAt, String importedBy) {
    }

    /** Enrols the resident, or updates their dates and place when they are on the roster already. */
    void upsert(long benefitId, long residentId, String path, LocalDate since, LocalDate until, OffsetDateTime now, String actor) {
        jdbc.sql("""
                        INSERT INTO benefit_enrolment (benefit_id, resident_id, division_path, since, until, imported_at, imported_by)
                        VALUES (:b, :r, :path, :since, :until, :now, :actor)
                        ON CONFLICT (benefit_id, resident_id) DO UPDATE SET division_path = EXCLUDED.division_path,
                            since = EXCLUDED.since, until = EXCLUDED.until, imported_at = EXCLUDED.imported_at,
                            imported_by = EXCLUDED.imported_by""")
                .param("b", benefitId).param("r", residentId).param("path", path).param("since", since)
                .param("until", until).param("now", now).param("actor", actor).update();
    }

    /** Closes the resident's open match of the benefit as ENROLLED: the task ends by itself. */
    int closeMatch(long benefitId, long residentId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE benefit_match SET closed_at = :now, closed_why = 'ENROLLED'
                        WHERE benefit_id = :b AND resident_id = :r AND closed_at IS NULL""")
                .param("b", benefitId).param("r", residentId).param("now", now).update();
    }

    List<Enrolment> page(long benefitId, DataScope scope, String placePath, int limit, int offset) {
        return jdbc.sql("""
                        SELECT id, resident_id, division_path, since, until, imported_at, imported_by FROM benefit_enrolment
                        WHERE benefit_id = :b AND division_path LIKE :prefix || '%' AND division_path LIKE :place || '%'
                        ORDER BY division_path, id LIMIT :limit OFFSET :offset""")
                .param("b", benefitId).param("prefix", scope.prefix()).param("place", placePath == null ? "" : placePath)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new Enrolment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list();
    }

    long count(long benefitId, DataScope scope, String placePath) {
        return jdbc.sql("""
                        SELECT count(*) FROM benefit_enrolment
                        WHERE benefit_id = :b AND division_path LIKE :prefix || '%' AND division_path LIKE :place || '%'""")
                .param("b", benefitId).param("prefix", scope.prefix()).param("place", placePath == null ? "" : placePath)
                .query(Long.class).single();
    }
}
