package org.linli.benefits.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the catalogue: benefits and the versions of their rules. */
@Repository
class CatalogueStore {

    private static final String BENEFIT = """
            SELECT b.id, b.code, b.name, b.region_path, b.kind, b.amount, b.basis, b.authority, b.sort, b.created_at,
                   b.created_by FROM benefit b""";
    private static final String VERSION = """
            SELECT r.id, r.benefit_id, r.version, r.source, r.effective_from, r.published_at, r.published_by, r.created_at,
                   r.created_by, r.matched_at FROM benefit_rule r""";
    /** The version in force on :day of the benefit b: the latest published whose effective date has come. */
    private static final String IN_FORCE = """
            (SELECT r2.id FROM benefit_rule r2 WHERE r2.benefit_id = b.id AND r2.effective_from <= :day
             ORDER BY r2.effective_from DESC, r2.version DESC LIMIT 1)""";

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Benefit b) {
        return jdbc.sql("""
                        INSERT INTO benefit (code, name, region_path, kind, amount, basis, authority, sort, created_at, created_by)
                        VALUES (:code, :name, :region, :kind, :amount, :basis, :authority, :sort, :at, :by) RETURNING id""")
                .param("code", b.code()).param("name", b.name()).param("region", b.regionPath()).param("kind", b.kind().name())
                .param("amount", b.amount()).param("basis", b.basis()).param("authority", b.authority()).param("sort", b.sort())
                .param("at", b.createdAt()).param("by", b.createdBy()).query(Long.class).single();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM benefit WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    int countInRegion(String regionPath) {
        return jdbc.sql("SELECT count(*) FROM benefit WHERE region_path = :r").param("r", regionPath)
                .query(Integer.class).single();
    }

    Optional<Benefit> find(long id) {
        return jdbc.sql(BENEFIT + " WHERE b.id = :id").param("id", id).query(CatalogueStore::benefit).optional();
    }

    Optional<Benefit> findByCode(String code) {
        return jdbc.sql(BENEFIT + " WHERE b.code = :code").param("code", code).query(CatalogueStore::benefit).optional();
    }

    /** Benefits that apply to some part of the scope: declared above it, at it or below it. */
    List<CatalogueEntry> visible(DataScope scope, LocalDate day) {
        return jdbc.sql(BENEFIT.replace(" FROM benefit b", """
                        , v.version, v.effective_from,
                          (SELECT count(*) FROM benefit_match m WHERE m.benefit_id = b.id AND m.closed_at IS NULL
                             AND m.division_path LIKE :prefix || '%') AS found,
                          (SELECT count(*) FROM benefit_enrolment e WHERE e.benefit_id = b.id
                             AND e.since <= :day AND (e.until IS NULL OR e.until >= :day)
                             AND e.division_path LIKE :prefix || '%') AS enrolled
                        FROM benefit b LEFT JOIN benefit_rule v ON v.id = """ + IN_FORCE + """
                        WHERE """ + Catalogue.VISIBLE_SQL + """
                        ORDER BY length(b.region_path), b.sort, b.id"""))
                .param("prefix", scope.prefix()).param("path", scope.path()).param("day", day)
                .query((rs, n) -> new CatalogueEntry(benefit(rs, n), (Integer) rs.getObject("version"),
                        rs.getObject("effective_from", LocalDate.class), rs.getLong("found"), rs.getLong("enrolled")))
                .list();
    }

    /** The benefits whose region covers a place, each with its version in force on the day (none without one). */
    List<InForce> inForceCovering(String divisionPath, LocalDate day) {
        return jdbc.sql(BENEFIT.replace(" FROM benefit b", ", v.* FROM benefit b JOIN LATERAL (" + VERSION + """
                         WHERE r.benefit_id = b.id AND r.effective_from <= :day
                         ORDER BY r.effective_from DESC, r.version DESC LIMIT 1) v ON true
                        WHERE starts_with(:path, b.region_path) ORDER BY b.id"""))
                .param("path", divisionPath).param("day", day)
                .query((rs, n) -> new InForce(benefit(rs, n), version(rs, 12))).list();
    }

    List<RuleVersion> versions(long benefitId) {
        return jdbc.sql(VERSION + " WHERE r.benefit_id = :b ORDER BY r.version DESC").param("b", benefitId)
                .query((rs, n) -> version(rs, 1)).list();
    }

    Optional<RuleVersion> draft(long benefitId) {
        return jdbc.sql(VERSION + " WHERE r.benefit_id = :b AND r.effective_from IS NULL").param("b", benefitId)
                .query((rs, n) -> version(rs, 1)).optional();
    }

    Optional<RuleVersion> inForce(long benefitId, LocalDate day) {
        return jdbc.sql(VERSION + """
                         WHERE r.benefit_id = :b AND r.effective_from <= :day
                        ORDER BY r.effective_from DESC, r.version DESC LIMIT 1""")
                .param("b", benefitId).param("day", day).query((rs, n) -> version(rs, 1)).optional();
    }

    /** Versions in force on the day that the benefit has not been matched under yet. */
    List<RuleVersion> unmatchedInForce(LocalDate day) {
        return jdbc.sql(VERSION + " JOIN benefit b ON r.id = " + IN_FORCE + " WHERE r.matched_at IS NULL ORDER BY r.id")
                .param("day", day).query((rs, n) -> version(rs, 1)).list();
    }

    /** The draft, new with the next version number or saved over (a draft is not yet anyone's record). */
    long saveDraft(long benefitId, String source, OffsetDateTime at, String by) {
        int changed = jdbc.sql("""
                        UPDATE benefit_rule SET source = :source, created_at = :at, created_by = :by
                        WHERE benefit_id = :b AND effective_from IS NULL""")
                .param("source", source).param("at", at).param("by", by).param("b", benefitId).update();
        if (changed == 0) {
            jdbc.sql("""
                            INSERT INTO benefit_rule (benefit_id, version, source, created_at, created_by)
                            SELECT :b, coalesce(max(version), 0) + 1, :source, :at, :by FROM benefit_rule WHERE benefit_id = :b""")
                    .param("b", benefitId).param("source", source).param("at", at).param("by", by).update();
        }
        return draft(benefitId).orElseThrow().id();
    }

    /** Publishes the draft; false when there was none (published meanwhile by someone else). */
    boolean publish(long ruleId, LocalDate from, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        UPDATE benefit_rule SET effective_from = :from, published_at = :at, published_by = :by
                        WHERE id = :id AND effective_from IS NULL""")
                .param("from", from).param("at", at).param("by", by).param("id", ruleId).update() == 1;
    }

    void markMatched(long ruleId, OffsetDateTime at) {
        jdbc.sql("UPDATE benefit_rule SET matched_at = :at WHERE id = :id").param("at", at).param("id", ruleId).update();
    }

    /** Holds the benefit while its matches are brought up to date, so two bulk matches of it never overlap. */
    void lock(long benefitId) {
        jdbc.sql("SELECT id FROM benefit WHERE id = :id FOR UPDATE").param("id", benefitId).query(Long.class).optional();
    }

    private static Benefit benefit(ResultSet rs, int n) throws SQLException {
        return new Benefit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("region_path"),
                BenefitKind.valueOf(rs.getString("kind")), rs.getString("amount"), rs.getString("basis"),
                rs.getString("authority"), rs.getInt("sort"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }

    /** A version read from the columns starting at {@code first} (the order of {@link #VERSION}). */
    private static RuleVersion version(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new RuleVersion(rs.getLong(i), rs.getLong(i + 1), rs.getInt(i + 2), rs.getString(i + 3),
                rs.getObject(i + 4, LocalDate.class), rs.getObject(i + 5, OffsetDateTime.class), rs.getString(i + 6),
                rs.getObject(i + 7, OffsetDateTime.class), rs.getString(i + 8), rs.getObject(i + 9, OffsetDateTime.class));
    }
}
