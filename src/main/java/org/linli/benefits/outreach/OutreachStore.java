package org.linli.benefits.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.linli.benefits.catalogue.Catalogue;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of outreach tasks: matches of a scope ({@code division_path LIKE scope%}, so a grid
 * worker's scope is their grid), filtered and paged in SQL; outcomes appended and kept on the match.
 */
@Component
class OutreachStore {

    private static final String COLUMNS = """
            SELECT m.id, m.benefit_id, b.name AS benefit_name, m.resident_id, m.division_path, m.rule_version, m.reason,
                   m.found_at, m.outcome, m.outcome_on, m.informed_at, m.closed_at, m.closed_why
            FROM benefit_match m JOIN benefit b ON b.id = m.benefit_id
            """;

    private final JdbcClient jdbc;

    OutreachStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A filter turned into fixed SQL; only values are bound. */
    record Criteria(Long benefitId, String placePath, String outcome, LocalDate since) {

        String condition() {
            StringBuilder sql = new StringBuilder("m.closed_at IS NULL AND m.division_path LIKE :prefix || '%' AND " + Catalogue.VISIBLE_SQL);
            if (benefitId != null) {
                sql.append(" AND m.benefit_id = :benefit");
            }
            if (placePath != null) {
                sql.append(" AND m.division_path LIKE :place || '%'");
            }
            if (outcome != null) {
                sql.append(outcome.equals("NEW") ? " AND m.outcome IS NULL" : " AND m.outcome = :outcome");
            }
            if (since != null) {
                sql.append(" AND m.found_at >= :since");
            }
            return sql.toString();
        }

        Map<String, Object> values(DataScope scope, java.time.ZoneId zone) {
            Map<String, Object> values = new HashMap<>();
            values.put("prefix", scope.prefix());
            values.put("path", scope.path());
            if (benefitId != null) {
                values.put("benefit", benefitId);
            }
            if (placePath != null) {
                values.put("place", placePath);
            }
            if (outcome != null && !outcome.equals("NEW")) {
                values.put("outcome", outcome);
            }
            if (since != null) {
                values.put("since", since.atStartOfDay(zone).toOffsetDateTime());
            }
            return values;
        }
    }

    List<BenefitChoice> benefits(DataScope scope) {
        return jdbc.sql("SELECT b.id, b.code, b.name FROM benefit b WHERE " + Catalogue.VISIBLE_SQL + " ORDER BY b.sort, b.id")
                .param("path", scope.path()).param("prefix", scope.prefix())
                .query((rs, i) -> new BenefitChoice(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Match> page(DataScope scope, Criteria criteria, java.time.ZoneId zone, int limit, int offset) {
        return jdbc.sql(COLUMNS + "WHERE " + criteria.condition() + " ORDER BY m.found_at DESC, m.id DESC LIMIT :limit OFFSET :offset")
                .params(criteria.values(scope, zone)).param("limit", limit).param("offset", offset)
                .query(OutreachStore::match).list();
    }

    long count(DataScope scope, Criteria criteria, java.time.ZoneId zone) {
        return jdbc.sql("SELECT count(*) FROM benefit_match m JOIN benefit b ON b.id = m.benefit_id WHERE " + criteria.condition())
                .params(criteria.values(scope, zone)).query(Long.class).single();
    }

    /** Streams the filtered list in its page order, at most {@code limit} rows. */
    void forEach(DataScope scope, Criteria criteria, java.time.ZoneId zone, int limit, Consumer<Match> row) {
        // The stream holds its connection until closed, whatever the consumer throws.
        try (Stream<Match> rows = jdbc.sql(COLUMNS + "WHERE " + criteria.condition() + " ORDER BY m.found_at DESC, m.id DESC LIMIT :limit")
                .params(criteria.values(scope, zone)).param("limit", limit).query(OutreachStore::match).stream()) {
            rows.forEach(row);
        }
    }

    /** A match of the scope, open or closed; {@code lock} holds it until the transaction ends. */
    Optional<Match> find(long id, DataScope scope, boolean lock) {
        return jdbc.sql(COLUMNS + "WHERE m.id = :id AND m.division_path LIKE :prefix || '%'" + (lock ? " FOR UPDATE OF m" : ""))
                .param("id", id).param("prefix", scope.prefix()).query(OutreachStore::match).optional();
    }

    List<OutreachEntry> history(long matchId) {
        return jdbc.sql("SELECT outcome, on_day, note, at, actor FROM benefit_outreach WHERE match_id = :id ORDER BY at DESC, id DESC")
                .param("id", matchId)
                .query((rs, i) -> new OutreachEntry(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5))).list();
    }

    /**
     * Appends the outcome and keeps it on the match as the latest; the first time the resident is told
     * is kept ({@code informed_at}, the outcome's day); an outcome that closes the task closes it.
     */
    void record(long matchId, Outcome outcome, LocalDate day, String note, OffsetDateTime now, String actor,
                OffsetDateTime informedAt) {
        jdbc.sql("""
                        INSERT INTO benefit_outreach (match_id, outcome, on_day, note, at, actor)
                        VALUES (:id, :outcome, :day, :note, :now, :actor)""")
                .param("id", matchId).param("outcome", outcome.name()).param("day", day).param("note", note)
                .param("now", now).param("actor", actor).update();
        jdbc.sql("""
                        UPDATE benefit_match SET outcome = :outcome, outcome_on = :day,
                               informed_at = COALESCE(informed_at, :informed),
                               closed_at = CASE WHEN :closes THEN :now ELSE closed_at END,
                               closed_why = CASE WHEN :closes THEN :outcome ELSE closed_why END
                        WHERE id = :id""")
                .param("id", matchId).param("outcome", outcome.name()).param("day", day)
                .param("informed", informedAt, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("closes", outcome.closes()).param("now", now).update();
    }

    /**
     * Whether the resident already answered this finding: a match of the benefit closed as REFUSED or
     * NOT_ELIGIBLE under the same rule version for the same reason. The matching asks before it
     * opens a task again, so a re-match does not put the same question to the same person twice.
     */

    private static Match match(ResultSet rs, int i) throws SQLException {
        return new Match(rs.getLong("id"), rs.getLong("benefit_id"), rs.getString("benefit_name"), rs.getLong("resident_id"),
                rs.getString("division_path"), rs.getInt("rule_version"), rs.getString("reason"),
                rs.getObject("found_at", OffsetDateTime.class), rs.getString("outcome"),
                rs.getObject("outcome_on", LocalDate.class), rs.getObject("informed_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closed_why"));
    }
}
