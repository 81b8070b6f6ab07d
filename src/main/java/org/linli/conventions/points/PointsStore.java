package org.linli.conventions.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of points rules, the points log and its totals. */
@Component
class PointsStore {

    private static final String RULE = """
            SELECT id, committee_path, name, points, per, applies_to, active_from, active_to, created_by, created_at
            FROM points_rule
            """;

    static final String ENTRY = """
            SELECT e.id, e.committee_path, e.division_path, e.household_id, e.resident_id, e.rule_id, r.name AS rule_name,
                   e.points, e.quantity, e.day, e.reason, e.reverses, rv.id AS reversed_by, e.recorded_by, e.recorded_at,
                   (SELECT c.status FROM points_contest c WHERE c.entry_id = e.id ORDER BY c.id DESC LIMIT 1) AS contest_status
            FROM points_entry e
            JOIN points_rule r ON r.id = e.rule_id
            LEFT JOIN points_entry rv ON rv.reverses = e.id
            """;

    private static final String FILTER = """
            WHERE e.division_path LIKE :prefix || '%' AND (:h = 0 OR e.household_id = :h) AND (:r = 0 OR e.rule_id = :r)
              AND e.day BETWEEN :from AND :to
            """;

    /** A household's place in the ranking. */
    record Ranked(long householdId, long total, long entries) {
    }

    private final JdbcClient jdbc;

    PointsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRule(String committeePath, RuleForm form, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO points_rule (committee_path, name, points, per, applies_to, active_from, active_to, created_by, created_at)
                        VALUES (:c, :n, :p, :per, :a, :f, :t, :by, :now) RETURNING id""")
                .param("c", committeePath).param("n", form.name()).param("p", form.points()).param("per", form.per().name())
                .param("a", form.appliesTo().name()).param("f", form.activeFrom()).param("t", form.activeTo())
                .param("by", by).param("now", now).query(Long.class).single();
    }

    /** Ends a rule on a day (a rule's points already given stand). */
    void endRule(long id, LocalDate lastDay) {
        jdbc.sql("UPDATE points_rule SET active_to = :d WHERE id = :id").param("d", lastDay).param("id", id).update();
    }

    List<PointsRule> rules(String committeePrefix) {
        return jdbc.sql(RULE + "WHERE committee_path LIKE :prefix || '%' ORDER BY committee_path, active_to IS NOT NULL, points DESC, id")
                .param("prefix", committeePrefix).query(PointsRule.class).list();
    }

    Optional<PointsRule> rule(long id, String committeePrefix) {
        return jdbc.sql(RULE + "WHERE id = :id AND committee_path LIKE :prefix || '%'").param("id", id).param("prefix", committeePrefix)
                .query(PointsRule.class).optional();
    }

    /** The committee's volunteer-hour rule in force on the day (the latest begun, if several). */
    Optional<PointsRule> volunteerRule(String committeePath, LocalDate day) {
        return jdbc.sql(RULE + """
                        WHERE committee_path = :c AND per = 'VOLUNTEER_HOUR' AND active_from <= :d AND (active_to IS NULL OR active_to >= :d)
                        ORDER BY active_from DESC, id DESC LIMIT 1""")
                .param("c", committeePath).param("d", day).query(PointsRule.class).optional();
    }

    /** Appends an entry; with a source key, only once (an event delivered again adds nothing). */
    Optional<Long> insertEntry(NewEntry e) {
        return jdbc.sql("""
                        INSERT INTO points_entry (committee_path, division_path, household_id, resident_id, rule_id, points, quantity,
                                                  day, reason, reverses, source_key, recorded_by, recorded_at)
                        VALUES (:c, :d, :h, :r, :rule, :p, :q, :day, :reason, :rev, :key, :by, :at)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .param("c", e.committeePath()).param("d", e.divisionPath()).param("h", e.householdId()).param("r", e.residentId())
                .param("rule", e.ruleId()).param("p", e.points()).param("q", e.quantity()).param("day", e.day())
                .param("reason", e.reason()).param("rev", e.reverses()).param("key", e.sourceKey()).param("by", e.recordedBy())
                .param("at", e.recordedAt()).query(Long.class).optional();
    }

    /** An entry to append. */
    record NewEntry(String committeePath, String divisionPath, long householdId, Long residentId, long ruleId, int points,
                    BigDecimal quantity, LocalDate day, String reason, Long reverses, String sourceKey, String recordedBy,
                    OffsetDateTime recordedAt) {
    }

    Optional<PointsEntry> entry(long id, String prefix) {
        return jdbc.sql(ENTRY + "WHERE e.id = :id AND e.division_path LIKE :prefix || '%'").param("id", id).param("prefix", prefix)
                .query(PointsEntry.class).optional();
    }

    Optional<PointsEntry> entryOfHousehold(long id, long householdId) {
        return jdbc.sql(ENTRY + "WHERE e.id = :id AND e.household_id = :h").param("id", id).param("h", householdId)
                .query(PointsEntry.class).optional();
    }

    List<PointsEntry> entries(String prefix, EntryFilter f, int offset, int limit) {
        return bind(jdbc.sql(ENTRY + FILTER + "ORDER BY e.day DESC, e.id DESC OFFSET :o LIMIT :l"), prefix, f)
                .param("o", offset).param("l", limit).query(PointsEntry.class).list();
    }

    long count(String prefix, EntryFilter f) {
        return bind(jdbc.sql("SELECT count(*) FROM points_entry e " + FILTER), prefix, f).query(Long.class).single();
    }

    List<PointsEntry> ofHousehold(long householdId, int limit) {
        return jdbc.sql(ENTRY + "WHERE e.household_id = :h ORDER BY e.day DESC, e.id DESC LIMIT :l").param("h", householdId)
                .param("l", limit).query(PointsEntry.class).list();
    }

    long householdTotal(long householdId) {
        return jdbc.sql("SELECT coalesce(sum(points), 0) FROM points_entry WHERE household_id = :h").param("h", householdId)
                .query(Long.class).single();
    }

    /** Each person's points within a household (only entries given to a person). */
    Map<Long, Long> personTotals(long householdId) {
        return jdbc.sql("""
                        SELECT resident_id, sum(points) FROM points_entry WHERE household_id = :h AND resident_id IS NOT NULL
                        GROUP BY resident_id""")
                .param("h", householdId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long personTotal(long residentId) {
        return jdbc.sql("SELECT coalesce(sum(points), 0) FROM points_entry WHERE resident_id = :r").param("r", residentId)
                .query(Long.class).single();
    }

    /** Households of the scope by their points in the period, most first. */
    List<Ranked> ranking(String prefix, LocalDate from, LocalDate to, int offset, int limit) {
        return jdbc.sql("""
                        SELECT household_id, sum(points) AS total, count(*) AS entries FROM points_entry
                        WHERE division_path LIKE :prefix || '%' AND day BETWEEN :from AND :to
                        GROUP BY household_id ORDER BY total DESC, household_id OFFSET :o LIMIT :l""")
                .param("prefix", prefix).param("from", from).param("to", to).param("o", offset).param("l", limit)
                .query(Ranked.class).list();
    }

    long rankedCount(String prefix, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT count(DISTINCT household_id) FROM points_entry
                        WHERE division_path LIKE :prefix || '%' AND day BETWEEN :from AND :to""")
                .param("prefix", prefix).param("from", from).param("to", to).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String prefix, EntryFilter f) {
        return spec.param("prefix", prefix).param("h", f.householdOrZero()).param("r", f.ruleOrZero())
                .param("from", f.fromOrEarliest()).param("to", f.toOrLatest());
    }
}
