package org.linli.registry.rules;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.linli.registry.ResidentRules.RuleMatch;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of rules: a rule's condition inside the one query that matches a scope (with the columns
 * its reason needs), counted per committee or sampled; and one resident's facts for memory.
 */
@Component
class ResidentRuleStore {

    private static final String MEMBERS_OF_R = "m.household_id = r.household_id AND m.id <> r.id AND m.status = 'LIVING'";

    private final JdbcClient jdbc;
    /** Streams large matches instead of holding them all (PostgreSQL fetches in batches inside a transaction). */
    private final JdbcClient streaming;

    ResidentRuleStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1_000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(template));
    }

    Map<String, TagInfo> catalogue() {
        Map<String, TagInfo> tags = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name, sensitive, derived, sort FROM tag WHERE active ORDER BY sort")
                .query(TagInfo.class).list().forEach(t -> tags.put(t.code(), t));
        return tags;
    }

    void forEachMatch(CompiledRule rule, DataScope scope, LocalDate day, Consumer<RuleMatch> each) {
        streaming.sql(select(rule) + " FROM resident r WHERE " + where(rule))
                .params(params(rule, scope, day))
                .query((ResultSet rs) -> {
                    each.accept(match(rule, rs, day));
                });
    }

    List<RuleMatch> sample(CompiledRule rule, DataScope scope, LocalDate day, int limit) {
        return jdbc.sql(select(rule) + " FROM resident r WHERE " + where(rule) + " ORDER BY r.division_path, r.name LIMIT :limit")
                .params(params(rule, scope, day)).param("limit", limit)
                .query((rs, i) -> match(rule, rs, day)).list();
    }

    /** Matches per committee: a committee's path is the first {@code length} characters of its residents' paths. */
    Map<String, Long> countByCommittee(CompiledRule rule, DataScope scope, LocalDate day, int length) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT left(r.division_path, :length) AS committee, count(*) AS n FROM resident r WHERE " + where(rule)
                        + " GROUP BY 1")
                .params(params(rule, scope, day)).param("length", length)
                .query((ResultSet rs) -> {
                    counts.put(rs.getString("committee"), rs.getLong("n"));
                });
        return counts;
    }

    private static String where(CompiledRule rule) {
        return "r.status = 'LIVING' AND r.division_path LIKE :scope || '%' AND " + rule.condition();
    }

    private static Map<String, Object> params(CompiledRule rule, DataScope scope, LocalDate day) {
        Map<String, Object> params = SqlParams.on(rule.params(), day);
        params.put("scope", scope.prefix());
        params.put("day", day);
        params.put("reasonTags", List.copyOf(reasonTags(rule, rule.reads().tags())));
        params.put("reasonMemberTags", List.copyOf(reasonTags(rule, rule.reads().memberTags())));
        return params;
    }

    /** The recorded (not derived) tags among those named; never empty, so that {@code IN (…)} stays valid SQL. */
    private static Set<String> reasonTags(CompiledRule rule, Set<String> named) {
        Set<String> recorded = named.stream().filter(c -> !rule.tags().get(c).derived()).collect(Collectors.toSet());
        return recorded.isEmpty() ? Set.of("") : recorded;
    }

    /** The resident's columns, then what the reason shows when the rule reads it. */
    private static String select(CompiledRule rule) {
        Reads reads = rule.reads();
        return "SELECT " + Person.COLUMNS
                + (reads.tags().isEmpty() ? "" : ", ARRAY(SELECT t.tag_code || chr(31) || coalesce(t.detail, '')"
                + " FROM resident_tag t WHERE t.resident_id = r.id AND t.tag_code IN (:reasonTags) AND " + SqlWriter.HELD
                + ") AS reason_tags")
                + (reads.memberTags().isEmpty() ? "" : ", ARRAY(SELECT DISTINCT t.tag_code FROM resident_tag t"
                + " JOIN resident m ON m.id = t.resident_id WHERE " + MEMBERS_OF_R + " AND t.tag_code IN (:reasonMemberTags)"
                + " AND " + SqlWriter.HELD + ") AS reason_member_tags")
                + (readsMembers(reads) ? ", ARRAY(SELECT m.birth_date::text FROM resident m WHERE " + MEMBERS_OF_R
                + ") AS reason_member_births" : "")
                + (reads.householdSize() ? ", (SELECT count(*) FROM resident h WHERE h.household_id = r.household_id"
                + " AND h.status = 'LIVING') AS reason_size" : "");
    }

    static boolean readsMembers(Reads reads) {
        return reads.memberAge() || !reads.memberTags().isEmpty();
    }

    private static RuleMatch match(CompiledRule rule, ResultSet rs, LocalDate day) throws SQLException {
        Person person = person(rs);
        Reads reads = rule.reads();
        Map<String, List<String>> details = new TreeMap<>();
        for (String held : reads.tags().isEmpty() ? List.<String>of() : strings(rs.getArray("reason_tags"))) {
            String[] parts = held.split("\u001f", 2);
            details.computeIfAbsent(parts[0], c -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
        }
        Set<String> memberTags = reads.memberTags().isEmpty() ? Set.of() : Set.copyOf(strings(rs.getArray("reason_member_tags")));
        List<LocalDate> births = readsMembers(reads)
                ? strings(rs.getArray("reason_member_births")).stream().map(LocalDate::parse).toList() : List.of();
        long size = reads.householdSize() ? rs.getLong("reason_size") : 0;
        Reasons.Shown shown = new Reasons.Shown(person, details, memberTags, births, size);
        return new RuleMatch(person.id(), person.householdId(), person.divisionPath(), Reasons.of(rule, shown, day));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getLong("household_id"), rs.getString("division_path"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("registration"),
                rs.getString("relation"), rs.getString("status"));
    }

    /** The resident and the other living members of their household. */
    List<Person> household(long residentId) {
        return jdbc.sql("SELECT " + Person.COLUMNS + " FROM resident r WHERE r.id = :id OR (r.status = 'LIVING'"
                        + " AND r.household_id = (SELECT household_id FROM resident WHERE id = :id))")
                .param("id", residentId).query((rs, i) -> person(rs)).list();
    }

    /** The recorded tags the people hold on the day, by resident. */
    Map<Long, List<Facts.Held>> held(List<Long> residentIds, LocalDate day) {
        return jdbc.sql("SELECT t.resident_id, t.tag_code AS code, t.detail FROM resident_tag t JOIN tag c ON c.code = t.tag_code"
                        + " WHERE t.resident_id IN (:ids) AND NOT c.derived AND " + SqlWriter.HELD)
                .param("ids", residentIds).param("day", day)
                .query(Facts.Held.class).list().stream()
                .collect(Collectors.groupingBy(Facts.Held::residentId));
    }
}
