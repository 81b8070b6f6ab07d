package org.linli.linkage.funds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.linkage.funds.FundEntryForm.Direction;
import org.linli.linkage.funds.FundEntryForm.PartyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fund's ledger. Rows are only ever inserted (a trigger refuses changes); a reversing entry
 * carries the negated amount, so every total is a plain sum.
 */
@Component
class FundStore {

    private static final String ROW = """
            SELECT f.*, p.title AS project_title, (SELECT r.id FROM linkage_fund_entry r WHERE r.reverses_id = f.id) AS reversed_by
            FROM linkage_fund_entry f LEFT JOIN linkage_project p ON p.id = f.project_id""";

    private final JdbcClient jdbc;

    FundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the committee's ledger for this transaction, so two entries never both spend the same balance. */
    void lock(long committeeId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('linkage-fund'), CAST(:c AS integer))").param("c", committeeId)
                .query(Object.class).list();
    }

    BigDecimal balance(long committeeId) {
        return jdbc.sql("""
                        SELECT coalesce(sum(CASE WHEN direction = 'IN' THEN amount ELSE -amount END), 0)
                        FROM linkage_fund_entry WHERE committee_id = :c""")
                .param("c", committeeId).query(BigDecimal.class).single();
    }

    long insert(long committeeId, String committeePath, Direction direction, BigDecimal amount, LocalDate onDate, String party,
                PartyKind partyKind, String purpose, Long projectId, Long reversesId, String reason, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO linkage_fund_entry (committee_id, committee_path, direction, amount, on_date, party, party_kind, purpose,
                                                        project_id, reverses_id, reason, recorded_by, recorded_at)
                        VALUES (:c, :cp, :dir, :amount, :on, :party, :kind, :purpose, :project, :reverses, :reason, :by, :at)
                        RETURNING id""")
                .param("c", committeeId).param("cp", committeePath).param("dir", direction.name()).param("amount", amount)
                .param("on", onDate).param("party", party).param("kind", partyKind.name()).param("purpose", purpose)
                .param("project", projectId, java.sql.Types.BIGINT).param("reverses", reversesId, java.sql.Types.BIGINT)
                .param("reason", reason).param("by", by).param("at", at).query(Long.class).single();
    }

    Optional<FundEntry> find(long id, long committeeId) {
        return jdbc.sql(ROW + " WHERE f.id = :id AND f.committee_id = :c").param("id", id).param("c", committeeId)
                .query(FundStore::entry).optional();
    }

    /** A page of the ledger, the latest first (a reversal right above what it reverses when made the same day). */
    List<FundEntry> page(long committeeId, int offset, int limit) {
        return jdbc.sql(ROW + " WHERE f.committee_id = :c ORDER BY f.on_date DESC, f.id DESC LIMIT :limit OFFSET :offset")
                .param("c", committeeId).param("limit", limit).param("offset", offset).query(FundStore::entry).list();
    }

    long count(long committeeId) {
        return jdbc.sql("SELECT count(*) FROM linkage_fund_entry WHERE committee_id = :c").param("c", committeeId)
                .query(Long.class).single();
    }

    /** Totals in and out of the whole ledger: {donated, spent}. */
    BigDecimal[] totals(long committeeId) {
        return jdbc.sql("""
                        SELECT coalesce(sum(amount) FILTER (WHERE direction = 'IN'), 0) AS donated,
                               coalesce(sum(amount) FILTER (WHERE direction = 'OUT'), 0) AS spent
                        FROM linkage_fund_entry WHERE committee_id = :c""")
                .param("c", committeeId).query((rs, i) -> new BigDecimal[] {rs.getBigDecimal("donated"), rs.getBigDecimal("spent")})
                .single();
    }

    /** Per project (and the entries for none), received and spent, the projects in order of their first entry. */
    List<ProjectTotal> perProject(long committeeId) {
        return jdbc.sql("""
                        SELECT f.project_id, p.title,
                               coalesce(sum(f.amount) FILTER (WHERE f.direction = 'IN'), 0) AS donated,
                               coalesce(sum(f.amount) FILTER (WHERE f.direction = 'OUT'), 0) AS spent
                        FROM linkage_fund_entry f LEFT JOIN linkage_project p ON p.id = f.project_id
                        WHERE f.committee_id = :c GROUP BY f.project_id, p.title ORDER BY min(f.on_date), f.project_id NULLS LAST""")
                .param("c", committeeId)
                .query((rs, i) -> new ProjectTotal((Long) rs.getObject("project_id"), rs.getString("title"), rs.getBigDecimal("donated"),
                        rs.getBigDecimal("spent")))
                .list();
    }

    boolean anyIn(long committeeId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM linkage_fund_entry WHERE committee_id = :c)").param("c", committeeId)
                .query(Boolean.class).single();
    }

    private static FundEntry entry(ResultSet rs, int row) throws SQLException {
        return new FundEntry(rs.getLong("id"), rs.getString("committee_path"), Direction.valueOf(rs.getString("direction")),
                rs.getBigDecimal("amount"), rs.getObject("on_date", LocalDate.class), rs.getString("party"),
                PartyKind.valueOf(rs.getString("party_kind")), rs.getString("purpose"), (Long) rs.getObject("project_id"),
                rs.getString("project_title"), (Long) rs.getObject("reverses_id"), rs.getString("reason"),
                (Long) rs.getObject("reversed_by"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
