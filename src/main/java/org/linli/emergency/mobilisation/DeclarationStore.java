package org.linli.emergency.mobilisation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind {@link Declarations} and the marks of who was reached. */
@Component
class DeclarationStore {

    private static final String SELECT = """
            SELECT d.id, d.committee_path, d.place_id, d.place_path, d.place_name, d.kind, d.starts_at, d.ends_at, d.ended_at,
                   d.declared_by, d.ended_by,
                   (SELECT count(*) FROM emergency_reach x WHERE x.declaration_id = d.id AND x.reached) AS reached,
                   (SELECT count(*) FROM emergency_reach x WHERE x.declaration_id = d.id AND NOT x.reached) AS not_reached
            FROM emergency_declaration d
            """;

    /** A resident's mark in an emergency. */
    record Reach(long residentId, boolean reached, OffsetDateTime markedAt, String markedBy) {
    }

    private final JdbcClient jdbc;

    DeclarationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long declare(String committeePath, Division place, Kind kind, OffsetDateTime starts, OffsetDateTime ends, String by,
                 OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO emergency_declaration (committee_path, place_id, place_path, place_name, kind, starts_at, ends_at,
                                                           declared_by, created_at)
                        VALUES (:c, :placeId, :placePath, :placeName, :kind, :starts, :ends, :by, :at) RETURNING id""")
                .param("c", committeePath).param("placeId", place.id()).param("placePath", place.path())
                .param("placeName", place.name()).param("kind", kind.name()).param("starts", starts).param("ends", ends)
                .param("by", by).param("at", at).query(Long.class).single();
    }

    Optional<Declaration> find(long id, String committeePath) {
        return jdbc.sql(SELECT + " WHERE d.id = :id AND d.committee_path = :c")
                .param("id", id).param("c", committeePath).query(Declaration.class).optional();
    }

    /** The committee's declarations, newest first, one page. */
    List<Declaration> list(String committeePath, int limit, int offset) {
        return jdbc.sql(SELECT + " WHERE d.committee_path = :c ORDER BY d.starts_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .param("c", committeePath).param("limit", limit).param("offset", offset).query(Declaration.class).list();
    }

    long count(String committeePath) {
        return jdbc.sql("SELECT count(*) FROM emergency_declaration WHERE committee_path = :c")
                .param("c", committeePath).query(Long.class).single();
    }

    /** Declarations of the committee in force at {@code now}, the earliest first. */
    List<Declaration> active(String committeePath, OffsetDateTime now) {
        return jdbc.sql(SELECT + """
                         WHERE d.committee_path = :c AND d.ended_at IS NULL AND d.starts_at <= :now AND d.ends_at > :now
                         ORDER BY d.starts_at, d.id""")
                .param("c", committeePath).param("now", now).query(Declaration.class).list();
    }

    void end(long id, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE emergency_declaration SET ended_at = :at, ended_by = :by WHERE id = :id AND ended_at IS NULL")
                .param("id", id).param("by", by).param("at", at).update();
    }

    void mark(long declarationId, long residentId, boolean reached, String by, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO emergency_reach (declaration_id, resident_id, reached, marked_at, marked_by)
                        VALUES (:d, :r, :reached, :at, :by)
                        ON CONFLICT (declaration_id, resident_id)
                        DO UPDATE SET reached = EXCLUDED.reached, marked_at = EXCLUDED.marked_at, marked_by = EXCLUDED.marked_by""")
                .param("d", declarationId).param("r", residentId).param("reached", reached).param("by", by).param("at", at)
                .update();
    }

    List<Reach> reaches(long declarationId, java.util.Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT resident_id, reached, marked_at, marked_by FROM emergency_reach
                        WHERE declaration_id = :d AND resident_id IN (:ids)""")
                .param("d", declarationId).param("ids", residentIds).query(Reach.class).list();
    }

    /** The residents marked reached in an emergency: those the network need not call again. */
    List<Long> reachedIds(long declarationId) {
        return jdbc.sql("SELECT resident_id FROM emergency_reach WHERE declaration_id = :d AND reached")
                .param("d", declarationId).query(Long.class).list();
    }
}
