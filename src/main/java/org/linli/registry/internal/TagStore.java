package org.linli.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.linli.registry.ResidentTags.Held;
import org.linli.registry.ResidentTags.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tag catalogue ({@code tag}) and the tags residents hold ({@code resident_tag}). */
@Component
public class TagStore {

    private final JdbcClient jdbc;

    TagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Tags that can be assigned: active and not derived from the birth date. */
    public List<Tag> assignable() {
        return jdbc.sql("SELECT code, name, sensitive, derived, needs_detail FROM tag WHERE active AND NOT derived ORDER BY sort")
                .query(Tag.class).list();
    }

    public List<Held> heldBy(long residentId, boolean sensitive) {
        return jdbc.sql("""
                        SELECT rt.id, rt.tag_code AS code, t.name, t.sensitive, rt.since, rt.until, rt.detail
                        FROM resident_tag rt JOIN tag t ON t.code = rt.tag_code
                        WHERE rt.resident_id = :id AND (NOT t.sensitive OR :sensitive)
                        ORDER BY rt.until IS NOT NULL, t.sort, rt.since""")
                .param("id", residentId).param("sensitive", sensitive)
                .query(Held.class).list();
    }

    public boolean holdsOpen(long residentId, String code) {
        return jdbc.sql("SELECT count(*) > 0 FROM resident_tag WHERE resident_id = :r AND tag_code = :c AND until IS NULL")
                .param("r", residentId).param("c", code).query(Boolean.class).single();
    }

    public void add(long residentId, String code, LocalDate since, String detail, String by) {
        jdbc.sql("""
                        INSERT INTO resident_tag (resident_id, tag_code, since, detail, created_by)
                        VALUES (:r, :c, :since, :detail, :by)""")
                .param("r", residentId).param("c", code).param("since", since).param("detail", detail).param("by", by)
                .update();
    }

    public void end(long tagId, LocalDate on) {
        jdbc.sql("UPDATE resident_tag SET until = :today WHERE id = :id").param("id", tagId).param("today", on).update();
    }

    /**
     * Tags residents at rates per ten thousand among those the condition of each tag admits (the
     * registry's {@code TagEligibility}, SQL on {@code r}, the resident, binding {@code :today}),
     * deterministically for a salt.
     */
    public void assignAtRates(Map<String, String> conditions, Map<String, Integer> perTenThousand, String salt, LocalDate today) {
        perTenThousand.forEach((code, rate) -> jdbc.sql("""
                        INSERT INTO resident_tag (resident_id, tag_code, since, detail, created_by)
                        SELECT r.id, :code, greatest(r.birth_date, date '2015-01-01') + (abs(hashtext(:salt || r.id)) % 3000),
                               CASE WHEN :code = 'DISABLED'
                                    THEN (ARRAY['肢体','视力','听力','言语','智力','精神'])[1 + abs(hashtext('k' || r.id)) % 6]
                                         || (ARRAY['一级','二级','三级','四级'])[1 + abs(hashtext('g' || r.id)) % 4] END,
                               'system'
                        FROM resident r
                        WHERE abs(hashtext(:code || :salt || r.id)) % 10000 < :rate AND\s""" + conditions.get(code))
                .param("code", code).param("salt", salt).param("rate", rate).param("today", today).update());
        jdbc.sql("UPDATE resident_tag SET since = least(since, :today)").param("today", today).update();
    }
}
