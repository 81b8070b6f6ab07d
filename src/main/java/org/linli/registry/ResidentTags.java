package org.linli.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags from the maintained catalogue, with the dates they hold. Age tags are derived from the
 * birth date; sensitive tags (community correction, drug rehabilitation, released prisoners,
 * severe mental disorder) are invisible to roles that do not need them.
 */
@Service
public class ResidentTags {

    private final JdbcClient jdbc;
    private final Residents residents;
    private final AuditLog audit;
    private final Clock clock;

    ResidentTags(JdbcClient jdbc, Residents residents, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.residents = residents;
        this.audit = audit;
    }

    public record Tag(String code, String name, boolean sensitive, boolean derived, String needsDetail) {
    }

    public record Held(long id, String code, String name, boolean sensitive, LocalDate since, LocalDate until,
                      String detail) {

        public boolean current(LocalDate today) {
            return until == null || until.isAfter(today);
        }
    }

    /** The tags a user may assign: not derived, and sensitive ones only for roles that may see them. */
    public List<Tag> catalogue(CurrentUser user) {
        return jdbc.sql("SELECT code, name, sensitive, derived, needs_detail FROM tag WHERE active AND NOT derived ORDER BY sort")
                .query(Tag.class).list().stream()
                .filter(t -> !t.sensitive() || user.role().maySeeSensitiveTags())
                .toList();
    }

    /** A resident's tags as the user may see them: derived age tags first, then recorded ones. */
    public List<Held> of(long residentId, CurrentUser user) {
        ResidentView resident = residents.get(residentId, user.scope());
        List<Held> held = new ArrayList<>();
        int age = resident.age(LocalDate.now(clock));
        if (age >= 60) {
            held.add(new Held(0, "AGED_60", "60 岁以上老人", false, resident.birthDate().plusYears(60), null, null));
        }
        if (age >= 80) {
            held.add(new Held(0, "AGED_80", "80 岁以上高龄", false, resident.birthDate().plusYears(80), null, null));
        }
        held.addAll(jdbc.sql("""
                        SELECT rt.id, rt.tag_code AS code, t.name, t.sensitive, rt.since, rt.until, rt.detail
                        FROM resident_tag rt JOIN tag t ON t.code = rt.tag_code
                        WHERE rt.resident_id = :id AND (NOT t.sensitive OR :sensitive)
                        ORDER BY rt.until IS NOT NULL, t.sort, rt.since""")
                .param("id", residentId)
                .param("sensitive", user.role().maySeeSensitiveTags())
                .query(Held.class)
                .list());
        return held;
    }

    @Transactional
    public void add(long residentId, String code, LocalDate since, String detail, CurrentUser user) {
        ResidentView resident = residents.get(residentId, user.scope());
        Tag tag = catalogue(user).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new RegistryRejected("tag", "请选择标签"));
        if (since == null) {
            throw new RegistryRejected("since", "请填写开始日期");
        }
        if (since.isAfter(LocalDate.now(clock))) {
            throw new RegistryRejected("since", "开始日期不能晚于今天");
        }
        if (since.isBefore(resident.birthDate())) {
            throw new RegistryRejected("since", "开始日期不能早于出生日期 " + resident.birthDate());
        }
        String text = detail == null ? "" : detail.strip();
        if (tag.needsDetail() != null && text.isEmpty()) {
            throw new RegistryRejected("detail", "请填写" + tag.needsDetail());
        }
        if (text.length() > 100) {
            throw new RegistryRejected("detail", "说明不能超过 100 个字");
        }
        boolean open = jdbc.sql("SELECT count(*) > 0 FROM resident_tag WHERE resident_id = :r AND tag_code = :c AND until IS NULL")
                .param("r", residentId).param("c", code).query(Boolean.class).single();
        if (open) {
            throw new RegistryRejected("tag", "此人已有“" + tag.name() + "”标签");
        }
        jdbc.sql("""
                        INSERT INTO resident_tag (resident_id, tag_code, since, detail, created_by)
                        VALUES (:r, :c, :since, :detail, :by)""")
                .param("r", residentId).param("c", code).param("since", since)
                .param("detail", text.isEmpty() ? null : text).param("by", user.username()).update();
        residents.recordChange(resident, "标签", "", tag.name() + "（自 " + since + "）");
        audit.record("RESIDENT_TAG", "居民 " + resident.name() + "（" + resident.idMasked() + "）", resident.divisionPath(),
                "添加标签：" + tag.name());
    }

    /** Ends a tag today: the record stays, with its dates. */
    @Transactional
    public void end(long residentId, long tagId, CurrentUser user) {
        ResidentView resident = residents.get(residentId, user.scope());
        Held held = of(residentId, user).stream().filter(h -> h.id() == tagId && h.current(LocalDate.now(clock))).findFirst()
                .orElseThrow(() -> new NotFoundException("tag " + tagId));
        jdbc.sql("UPDATE resident_tag SET until = :today WHERE id = :id").param("id", tagId).param("today", LocalDate.now(clock))
                .update();
        residents.recordChange(resident, "标签", held.name() + "（自 " + held.since() + "）", "已结束于 " + LocalDate.now(clock));
        audit.record("RESIDENT_TAG", "居民 " + resident.name() + "（" + resident.idMasked() + "）", resident.divisionPath(),
                "结束标签：" + held.name());
    }

    /**
     * Tags residents in bulk at given rates (per ten thousand) among those who fit, deterministically
     * for a salt: used to give generated districts realistic shares of each group.
     */
    @Transactional
    public void assignAtRates(Map<String, TagEligibility> eligibility, Map<String, Integer> perTenThousand, String salt) {
        perTenThousand.forEach((code, rate) -> jdbc.sql("""
                        INSERT INTO resident_tag (resident_id, tag_code, since, detail, created_by)
                        SELECT r.id, :code, greatest(r.birth_date, date '2015-01-01') + (abs(hashtext(:salt || r.id)) % 3000),
                               CASE WHEN :code = 'DISABLED'
                                    THEN (ARRAY['肢体','视力','听力','言语','智力','精神'])[1 + abs(hashtext('k' || r.id)) % 6]
                                         || (ARRAY['一级','二级','三级','四级'])[1 + abs(hashtext('g' || r.id)) % 4] END,
                               'system'
                        FROM resident r
                        WHERE abs(hashtext(:code || :salt || r.id)) % 10000 < :rate AND\s""" + eligibility.getOrDefault(code, TagEligibility.ANYONE).sql())
                .param("code", code).param("salt", salt).param("rate", rate).param("today", LocalDate.now(clock)).update());
        jdbc.sql("UPDATE resident_tag SET since = least(since, :today)").param("today", LocalDate.now(clock)).update();
    }
}
