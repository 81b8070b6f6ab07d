package org.linli.linkage.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The filings' SQL. A decision only lands on a filing still waiting, so two deciders cannot both decide. */
@Component
class FilingStore {

    private static final String FILTER = "\n" + """
             WHERE committee_path LIKE :prefix || '%'
               AND (CAST(:status AS text) IS NULL OR status = :status)
               AND (CAST(:kind AS text) IS NULL OR kind = :kind)""";

    private final JdbcClient jdbc;

    FilingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long committeeId, String committeePath, OrganisationForm f, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO linkage_organisation (committee_id, committee_path, name, kind, leader, members, purpose, status,
                                                          submitted_by, submitted_at)
                        VALUES (:c, :cp, :name, :kind, :leader, :members, :purpose, 'SUBMITTED', :by, :at) RETURNING id""")
                .param("c", committeeId).param("cp", committeePath).param("name", f.name().strip()).param("kind", f.kind().name())
                .param("leader", f.leader().strip()).param("members", f.members()).param("purpose", f.purpose().strip())
                .param("by", by).param("at", at).query(Long.class).single();
    }

    /** Submits a returned filing again with its corrections; false when it was not returned. */
    boolean resubmit(long id, OrganisationForm f, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE linkage_organisation SET name = :name, kind = :kind, leader = :leader, members = :members, purpose = :purpose,
                               status = 'SUBMITTED', submitted_by = :by, submitted_at = :at, decided_by = NULL, decided_at = NULL
                        WHERE id = :id AND status = 'RETURNED'""")
                .param("name", f.name().strip()).param("kind", f.kind().name()).param("leader", f.leader().strip())
                .param("members", f.members()).param("purpose", f.purpose().strip()).param("by", by).param("at", at).param("id", id)
                .update() == 1;
    }

    boolean accept(long id, String filingNumber, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE linkage_organisation SET status = 'FILED', filing_number = :no, return_reason = NULL, decided_by = :by,
                               decided_at = :at WHERE id = :id AND status = 'SUBMITTED'""")
                .param("no", filingNumber).param("by", by).param("at", at).param("id", id).update() == 1;
    }

    boolean sendBack(long id, String reason, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE linkage_organisation SET status = 'RETURNED', return_reason = :reason, decided_by = :by, decided_at = :at
                        WHERE id = :id AND status = 'SUBMITTED'""")
                .param("reason", reason).param("by", by).param("at", at).param("id", id).update() == 1;
    }

    boolean nameTaken(long committeeId, String name, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM linkage_organisation WHERE committee_id = :c AND name = :n AND id <> :id)")
                .param("c", committeeId).param("n", name.strip()).param("id", exceptId).query(Boolean.class).single();
    }

    /**
     * How many filing numbers start with the prefix (the street's code and the year), after taking the
     * street's lock for this transaction, so two acceptances at once never draw the same number.
     */
    long numbered(String prefix) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:p))").param("p", "linkage-filing-" + prefix).query(Object.class).list();
        return jdbc.sql("SELECT count(*) FROM linkage_organisation WHERE starts_with(filing_number, :p)")
                .param("p", prefix).query(Long.class).single();
    }

    Optional<Organisation> find(long id, DataScope scope) {
        return jdbc.sql("SELECT * FROM linkage_organisation WHERE id = :id AND committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix()).query(FilingStore::organisation).optional();
    }

    /** Waiting filings first (oldest first), then the rest by name. */
    List<Organisation> page(DataScope scope, String status, String kind, int offset, int limit) {
        return jdbc.sql("SELECT * FROM linkage_organisation" + FILTER + """
                         ORDER BY status <> 'SUBMITTED', CASE WHEN status = 'SUBMITTED' THEN submitted_at END, committee_path, name, id
                        LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("status", status).param("kind", kind).param("limit", limit)
                .param("offset", offset).query(FilingStore::organisation).list();
    }

    long count(DataScope scope, String status, String kind) {
        return jdbc.sql("SELECT count(*) FROM linkage_organisation" + FILTER).param("prefix", scope.prefix()).param("status", status)
                .param("kind", kind).query(Long.class).single();
    }

    /** A committee's filed organisations, the partners a project may name. */
    List<Organisation> filed(String committeePath) {
        return jdbc.sql("SELECT * FROM linkage_organisation WHERE committee_path = :cp AND status = 'FILED' ORDER BY name LIMIT 500")
                .param("cp", committeePath).query(FilingStore::organisation).list();
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("committee_path"), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("leader"), rs.getInt("members"), rs.getString("purpose"),
                FilingStatus.valueOf(rs.getString("status")), rs.getString("return_reason"), rs.getString("filing_number"),
                rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }
}
