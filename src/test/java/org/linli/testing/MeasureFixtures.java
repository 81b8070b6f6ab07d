package org.linli.testing;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Report templates for the measures' and the overlap finder's tests, written straight into the
 * reports module's tables (the template use cases are another branch's). Templates are named with
 * {@link #PREFIX} so that a test can take its own away.
 */
public final class MeasureFixtures {

    public static final String PREFIX = "重叠测试";

    private MeasureFixtures() {
    }

    /** A field: a measure of the catalogue, or a typed value with its label and unit. */
    public record Field(String label, String unit, String measureCode) {
    }

    public static Field measure(String code, String label, String unit) {
        return new Field(label, unit, code);
    }

    public static Field typed(String label, String unit) {
        return new Field(label, unit, null);
    }

    /** A template of a department in a status (DRAFT, PENDING, ADMITTED, REFUSED) with its fields in order. */
    public static long template(JdbcClient jdbc, long departmentId, String name, String status, List<Field> fields) {
        long id = jdbc.sql("""
                        INSERT INTO report_template (department_id, name, status, created_at, created_by)
                        VALUES (:d, :n, :s, :at, 'test') RETURNING id""")
                .param("d", departmentId).param("n", PREFIX + name).param("s", status).param("at", OffsetDateTime.parse("2026-01-05T09:00:00+08:00"))
                .query(Long.class).single();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            jdbc.sql("""
                            INSERT INTO report_field (template_id, position, label, unit, measure_code)
                            VALUES (:t, :p, :l, :u, :m)""")
                    .param("t", id).param("p", i + 1).param("l", f.label()).param("u", f.unit()).param("m", f.measureCode())
                    .update();
        }
        return id;
    }

    /** Takes away the templates these fixtures made. */
    public static void clear(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM report_template WHERE name LIKE :p || '%'").param("p", PREFIX).update();
    }
}
