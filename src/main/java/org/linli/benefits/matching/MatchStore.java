package org.linli.benefits.matching;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.registry.ResidentRules.RuleMatch;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of matching. A bulk match streams the rule's residents into a temporary table in batches
 * of {@link #BATCH} (one statement per batch, arrays unnested), then brings {@code benefit_match}
 * up to date with three set-based statements; one resident's re-match touches that resident's rows only.
 */
@Repository
class MatchStore {

    static final int BATCH = 5_000;
    static final String NO_LONGER_MATCHES = "NO_LONGER_MATCHES";
    static final String GONE = "GONE";

    /** Enrolled on :today in the benefit :b (the roster's rows). */
    private static final String ENROLLED = """
            EXISTS (SELECT 1 FROM benefit_enrolment e WHERE e.benefit_id = :b AND e.resident_id = %s
                    AND e.since <= :today AND (e.until IS NULL OR e.until >= :today))""";

    /**
     * The resident already answered a finding of this rule version: refused, or found not eligible
     * on checking. Asking again at every change (a birthday changes the reason's age) would put the
     * same question to the same person; a new version of the rule asks afresh.
     */
    private static final String ANSWERED = """
            EXISTS (SELECT 1 FROM benefit_match s WHERE s.benefit_id = :b AND s.resident_id = %s
                    AND s.rule_version = :version AND s.closed_why IN ('REFUSED', 'NOT_ELIGIBLE'))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MatchStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A fresh, empty table of this transaction's found residents. */
    void startFound() {
        template.execute("""
                CREATE TEMP TABLE IF NOT EXISTS benefit_found (
                    resident_id   bigint PRIMARY KEY,
                    division_path text COLLATE "C" NOT NULL,
                    reason        text NOT NULL
                ) ON COMMIT DROP""");
        template.execute("TRUNCATE benefit_found");
    }

    /** Collects matches and writes them a batch at a time. */
    Found found() {
        return new Found();
    }

    final class Found {

        private final List<RuleMatch> batch = new ArrayList<>(BATCH);
        private long count;

        void add(RuleMatch match) {
            batch.add(match);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        long flush() {
            if (!batch.isEmpty()) {
                Long[] ids = batch.stream().map(RuleMatch::residentId).toArray(Long[]::new);
                String[] paths = batch.stream().map(RuleMatch::divisionPath).toArray(String[]::new);
                String[] reasons = batch.stream().map(m -> m.reason() == null ? "" : m.reason()).toArray(String[]::new);
                template.update(con -> {
                    PreparedStatement ps = con.prepareStatement("""
                            INSERT INTO benefit_found (resident_id, division_path, reason)
                            SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING""");
                    ps.setArray(1, con.createArrayOf("bigint", ids));
                    ps.setArray(2, con.createArrayOf("text", paths));
                    ps.setArray(3, con.createArrayOf("text", reasons));
                    return ps;
                });
                count += batch.size();
                batch.clear();
            }
            return count;
        }
    }

    /** Open matches of residents the rule no longer finds: closed, never deleted. */
    int closeUnfound(long benefitId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE benefit_match m SET closed_at = :now, closed_why = :why
                        WHERE m.benefit_id = :b AND m.closed_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM benefit_found f WHERE f.resident_id = m.resident_id)""")
                .param("now", now).param("why", NO_LONGER_MATCHES).param("b", benefitId).update();
    }

    /** Open matches of residents found again keep their row and version; only a new address is taken. */
    int movePaths(long benefitId) {
        return jdbc.sql("""
                        UPDATE benefit_match m SET division_path = f.division_path FROM benefit_found f
                        WHERE m.benefit_id = :b AND m.closed_at IS NULL AND f.resident_id = m.resident_id
                          AND m.division_path <> f.division_path""")
                .param("b", benefitId).update();
    }

    /** Residents found without an open match and not enrolled: new matches under this version. */
    int openFound(long benefitId, int version, OffsetDateTime now, LocalDate today) {
        return jdbc.sql("""
                        INSERT INTO benefit_match (benefit_id, resident_id, division_path, rule_version, reason, found_at)
                        SELECT :b, f.resident_id, f.division_path, :version, left(f.reason, 300), :now FROM benefit_found f
                        WHERE NOT EXISTS (SELECT 1 FROM benefit_match m WHERE m.benefit_id = :b
                                            AND m.resident_id = f.resident_id AND m.closed_at IS NULL)
                          AND NOT\s""" + ENROLLED.formatted("f.resident_id") + """
                          AND NOT\s""" + ANSWERED.formatted("f.resident_id") + """
                        ON CONFLICT (benefit_id, resident_id) WHERE closed_at IS NULL DO NOTHING""")
                .param("b", benefitId).param("version", version).param("now", now).param("today", today).update();
    }

    /** One resident found: a new match unless one is open or they are enrolled; an open one takes their address. */
    void openOne(long benefitId, RuleMatch match, int version, OffsetDateTime now, LocalDate today) {
        int moved = jdbc.sql("""
                        UPDATE benefit_match SET division_path = :path
                        WHERE benefit_id = :b AND resident_id = :r AND closed_at IS NULL AND division_path <> :path""")
                .param("path", match.divisionPath()).param("b", benefitId).param("r", match.residentId()).update();
        if (moved > 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO benefit_match (benefit_id, resident_id, division_path, rule_version, reason, found_at)
                        SELECT :b, :r, :path, :version, left(:reason, 300), :now
                        WHERE NOT\s""" + ENROLLED.formatted(":r") + """
                          AND NOT\s""" + ANSWERED.formatted(":r") + """
                        ON CONFLICT (benefit_id, resident_id) WHERE closed_at IS NULL DO NOTHING""")
                .param("b", benefitId).param("r", match.residentId()).param("path", match.divisionPath())
                .param("version", version).param("reason", match.reason() == null ? "" : match.reason())
                .param("now", now).param("today", today).update();
    }

    /**
     * Holds one resident's matches until the transaction ends, so that two re-matches of the same
     * resident (two changes a moment apart, delivered on two threads) run one after the other and
     * the last to write is the last to read the registry.
     */
    void lock(long residentId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('benefit_match'), CAST(:r % 2147483647 AS integer))")
                .param("r", residentId).query((rs, n) -> 1).list();
    }

    /** Closes one resident's open match of a benefit, if any. */
    int closeOne(long benefitId, long residentId, String why, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE benefit_match SET closed_at = :now, closed_why = :why
                        WHERE benefit_id = :b AND resident_id = :r AND closed_at IS NULL""")
                .param("now", now).param("why", why).param("b", benefitId).param("r", residentId).update();
    }

    /** Closes the resident's open matches of every benefit but {@code kept} (they left its region, moved away or died). */
    int closeOthers(long residentId, Collection<Long> kept, String why, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE benefit_match SET closed_at = :now, closed_why = :why
                        WHERE resident_id = :r AND closed_at IS NULL AND NOT (benefit_id = ANY (:kept))""")
                .param("now", now).param("why", why).param("r", residentId)
                .param("kept", kept.toArray(Long[]::new)).update();
    }

    /** Open matches per committee path of the scope (the committee is the fifth segment of a path). */
    Map<String, Long> openByCommittee(long benefitId, DataScope scope) {
        return jdbc.sql("""
                        SELECT substring(division_path FROM '^((?:/[^/]+){5}/)') AS committee, count(*) FROM benefit_match
                        WHERE benefit_id = :b AND closed_at IS NULL AND division_path LIKE :prefix || '%'
                        GROUP BY 1""")
                .param("b", benefitId).param("prefix", scope.prefix())
                .query((rs, n) -> Map.entry(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A resident's open matches: benefit → the place they were found at. */
    Map<Long, String> openPaths(long residentId) {
        return jdbc.sql("SELECT benefit_id, division_path FROM benefit_match WHERE resident_id = :r AND closed_at IS NULL")
                .param("r", residentId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A resident's open matches: benefit → rule version that found them. */
    Map<Long, Integer> openOf(long residentId) {
        return jdbc.sql("SELECT benefit_id, rule_version FROM benefit_match WHERE resident_id = :r AND closed_at IS NULL")
                .param("r", residentId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
