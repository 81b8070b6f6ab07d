package org.linli.rules.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rule book's SQL: the rows of {@code rule_value}. */
@Repository
class RuleStore {

    /** The date national defaults take effect from: before anything Linli holds. */
    static final LocalDate ALWAYS = LocalDate.of(2000, 1, 1);

    private static final String COLUMNS = """
            id, rule_key, subject, region_path, value, effective_from, source, note, set_by, set_at\s""";

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RuleRow> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_value ORDER BY rule_key, subject, region_path, effective_from")
                .query(RuleRow.class)
                .list();
    }

    Optional<RuleRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_value WHERE id = :id")
                .param("id", id)
                .query(RuleRow.class)
                .optional();
    }

    /** A national default; a default already stored stays as it is. Answers whether a row was added. */
    boolean addDefault(String key, String subject, String value, String source, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO rule_value (rule_key, subject, region_path, value, effective_from, source, set_by, set_at)
                        VALUES (:key, :subject, '/', :value, :from, :source, 'system', :now)
                        ON CONFLICT (rule_key, subject, region_path, effective_from) DO NOTHING""")
                .param("key", key)
                .param("subject", subject)
                .param("value", value)
                .param("from", ALWAYS)
                .param("source", source)
                .param("now", now)
                .update() > 0;
    }

    /** A value from a date on; a value already set for that date (still to come or set today) is replaced. */
    long set(RuleRow row) {
        return jdbc.sql("""
                        INSERT INTO rule_value (rule_key, subject, region_path, value, effective_from, source, note, set_by, set_at)
                        VALUES (:key, :subject, :region, :value, :from, :source, :note, :by, :at)
                        ON CONFLICT (rule_key, subject, region_path, effective_from)
                        DO UPDATE SET value = excluded.value, source = excluded.source, note = excluded.note,
                                      set_by = excluded.set_by, set_at = excluded.set_at
                        RETURNING id""")
                .param("key", row.ruleKey())
                .param("subject", row.subject())
                .param("region", row.regionPath())
                .param("value", row.value())
                .param("from", row.effectiveFrom())
                .param("source", row.source())
                .param("note", row.note())
                .param("by", row.setBy())
                .param("at", row.setAt())
                .query(Long.class)
                .single();
    }

    /** Removes a value that has not taken effect yet; answers whether it did. */
    boolean deleteScheduled(long id, LocalDate today) {
        return jdbc.sql("DELETE FROM rule_value WHERE id = :id AND effective_from > :today")
                .param("id", id)
                .param("today", today)
                .update() > 0;
    }
}
