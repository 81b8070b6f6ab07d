package org.linli.reports.overlap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.shared.measures.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the overlap finder: the fields of the admitted and pending templates of some
 * departments, keyed by the measure they ask ({@code M:code}) or, typed, by their label and unit
 * normalised ({@code T:label|unit}: full-width forms made half-width, white space dropped, lower
 * case); a typed field whose key is a catalogue measure's joins that measure's group. A group is
 * kept when several templates ask it, or when a typed field could be a measure. One query gives the
 * page of groups with their fields and the totals over every group.
 */
@Component
class OverlapStore {

    /** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space, with what they become. */
    private static final String WIDE;
    private static final String NARROW;

    static {
        StringBuilder wide = new StringBuilder("\u3000");
        StringBuilder narrow = new StringBuilder(" ");
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            wide.append(c);
            narrow.append((char) (c - 0xFEE0));
        }
        WIDE = wide.toString();
        NARROW = narrow.toString();
    }

    private static String normal(String text) {
        return "lower(regexp_replace(translate(coalesce(" + text + ", ''), :wide, :narrow), '\\s+', '', 'g'))";
    }

    private static final String SQL = """
            WITH measure AS (
                SELECT m.code, %s || '|' || %s AS typed_key
                FROM unnest(CAST(:codes AS text[]), CAST(:labels AS text[]), CAST(:units AS text[])) AS m (code, label, unit)),
            field AS (
                SELECT f.id, f.template_id, t.name AS template, t.department_id, f.label, f.unit, f.measure_code,
                       %s || '|' || %s AS typed_key
                FROM report_field f JOIN report_template t ON t.id = f.template_id
                WHERE t.department_id = ANY(:departments) AND t.status IN ('PENDING', 'ADMITTED')),
            keyed AS (
                SELECT field.*, coalesce(field.measure_code, measure.code) AS proposed,
                       coalesce('M:' || coalesce(field.measure_code, measure.code), 'T:' || field.typed_key) AS key
                FROM field LEFT JOIN measure ON field.measure_code IS NULL AND measure.typed_key = field.typed_key),
            grouped AS (
                SELECT key, max(proposed) AS measure, count(DISTINCT template_id) AS templates,
                       count(DISTINCT template_id) FILTER (WHERE measure_code IS NULL) AS typed_templates,
                       CASE WHEN max(proposed) IS NOT NULL THEN count(DISTINCT template_id) FILTER (WHERE measure_code IS NULL)
                            ELSE count(DISTINCT template_id) - 1 END AS spared
                FROM keyed GROUP BY key
                HAVING (count(DISTINCT template_id) > 1 OR (max(proposed) IS NOT NULL AND bool_or(measure_code IS NULL)))
                   AND (:own < 0 OR bool_or(department_id = :own))),
            ranked AS (SELECT grouped.*, row_number() OVER (ORDER BY spared DESC, key) AS n FROM grouped),
            totals AS (
                SELECT (SELECT count(DISTINCT template_id) FROM field) AS templates,
                       (SELECT count(*) FROM field WHERE measure_code IS NULL) AS typed,
                       (SELECT count(*) FROM grouped) AS groups,
                       (SELECT coalesce(sum(spared), 0) FROM grouped) AS spared)
            SELECT totals.templates AS total_templates, totals.typed AS total_typed, totals.groups AS total_groups,
                   totals.spared AS total_spared, r.key, r.measure, r.templates, r.spared,
                   k.id, k.template_id, k.template, k.department_id, k.label, k.unit, k.measure_code
            FROM totals LEFT JOIN (ranked r JOIN keyed k ON k.key = r.key) ON r.n > :offset AND r.n <= :offset + :size
            ORDER BY r.n, k.template_id, k.id
            """.formatted(normal("m.label"), normal("m.unit"), normal("f.label"), normal("f.unit"));

    private final JdbcClient jdbc;

    OverlapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of groups (by spared values, most first) and the totals; {@code own} < 0 for every group. */
    Found find(Collection<Long> departments, long own, List<Measure> catalogue, int offset, int size) {
        Map<String, Group> groups = new LinkedHashMap<>();
        long[] totals = new long[4];
        jdbc.sql(SQL)
                .param("codes", catalogue.stream().map(Measure::code).toArray(String[]::new))
                .param("labels", catalogue.stream().map(Measure::label).toArray(String[]::new))
                .param("units", catalogue.stream().map(Measure::unit).toArray(String[]::new))
                .param("departments", departments.toArray(Long[]::new))
                .param("own", own).param("wide", WIDE).param("narrow", NARROW)
                .param("offset", offset).param("size", size)
                .query(rs -> {
                    for (int i = 0; i < 4; i++) {
                        totals[i] = rs.getLong(i + 1);
                    }
                    String key = rs.getString("key");
                    if (key != null) {
                        Group group = groups.get(key);
                        if (group == null) {
                            group = new Group(key, rs.getString("measure"), rs.getInt("templates"), rs.getInt("spared"),
                                    new ArrayList<>());
                            groups.put(key, group);
                        }
                        group.fields().add(new Field(rs.getLong("id"), rs.getLong("template_id"), rs.getString("template"),
                                rs.getLong("department_id"), rs.getString("label"), rs.getString("unit"),
                                rs.getString("measure_code")));
                    }
                });
        return new Found(List.copyOf(groups.values()), totals[0], totals[1], totals[2], totals[3]);
    }

    record Group(String key, String measure, int templates, int spared, List<Field> fields) {
    }

    record Field(long id, long templateId, String template, long departmentId, String label, String unit, String measureCode) {
    }

    record Found(List<Group> groups, long templates, long typed, long groupCount, long spared) {
    }
}
