package org.linli.registry;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CreditCode;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations at places of the hierarchy, and each committee's record as a legal person. */
@Service
public class Organisations {

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    Organisations(JdbcClient jdbc, Divisions divisions, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.audit = audit;
    }

    public record Organisation(long id, long divisionId, String divisionPath, String name, String creditCode,
                               OrganisationKind kind, String address, String phone, String contact) {
    }

    public record CommitteeEntity(long divisionId, String creditCode, String director, LocalDate establishedOn,
                                  LocalDate termStart, LocalDate termEnd, String members) {
    }

    public List<Organisation> list(DataScope scope, String text, int page, int size) {
        return jdbc.sql("""
                        SELECT id, division_id, division_path, name, credit_code, kind, address, phone, contact FROM organisation
                        WHERE division_path LIKE :prefix || '%'
                          AND (:text = '' OR name LIKE '%' || :text || '%' OR credit_code = upper(:text))
                        ORDER BY division_path, name LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("text", escape(text)).param("limit", size).param("offset", page * size)
                .query(Organisation.class).list();
    }

    public long count(DataScope scope, String text) {
        return jdbc.sql("""
                        SELECT count(*) FROM organisation WHERE division_path LIKE :prefix || '%'
                          AND (:text = '' OR name LIKE '%' || :text || '%' OR credit_code = upper(:text))""")
                .param("prefix", scope.prefix()).param("text", escape(text)).query(Long.class).single();
    }

    public Organisation get(long id, DataScope scope) {
        return jdbc.sql("""
                        SELECT id, division_id, division_path, name, credit_code, kind, address, phone, contact FROM organisation
                        WHERE id = :id AND division_path LIKE :prefix || '%'""")
                .param("id", id).param("prefix", scope.prefix()).query(Organisation.class).optional()
                .orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    /** Creates (id null) or changes an organisation; errors come back by field, in Chinese. */
    @Transactional
    public Map<String, String> save(Long id, Map<String, String> form, DataScope scope) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("name", name.isEmpty() ? "请填写单位名称" : "单位名称不能超过 100 个字");
        }
        String code = form.getOrDefault("creditCode", "").strip().toUpperCase();
        if (!code.isEmpty() && CreditCode.problem(code) != null) {
            errors.put("creditCode", CreditCode.problem(code));
        }
        OrganisationKind kind = null;
        try {
            kind = OrganisationKind.valueOf(form.getOrDefault("kind", ""));
        } catch (IllegalArgumentException e) {
            errors.put("kind", "请选择单位类型");
        }
        Optional<Division> place = divisions.findByCode(form.getOrDefault("placeCode", "").strip())
                .filter(d -> scope.covers(d.path()) && d.level().ordinal() >= Level.COMMITTEE.ordinal());
        if (place.isEmpty()) {
            errors.put("placeCode", "所在位置应为您管辖范围内的居村委会、网格、小区或楼栋的编码");
        }
        String phone = form.getOrDefault("phone", "").strip();
        String contact = form.getOrDefault("contact", "").strip();
        if (contact.length() > 50) {
            errors.put("contact", "联系人不能超过 50 个字");
        }
        if (!phone.matches("[0-9-]{0,20}")) {
            errors.put("phone", "单位电话只能包含数字和“-”");
        }
        if (!code.isEmpty() && errors.isEmpty()) {
            boolean taken = jdbc.sql("SELECT count(*) > 0 FROM organisation WHERE credit_code = :c AND id <> :id")
                    .param("c", code).param("id", id == null ? -1 : id).query(Boolean.class).single();
            if (taken) {
                errors.put("creditCode", "该统一社会信用代码已登记");
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Division at = place.get();
        if (id == null) {
            jdbc.sql("""
                            INSERT INTO organisation (division_id, division_path, name, credit_code, kind, address, phone, contact)
                            VALUES (:d, :p, :n, :c, :k, :a, :ph, :contact)""")
                    .param("contact", contact)
                    .param("d", at.id()).param("p", at.path()).param("n", name).param("c", code.isEmpty() ? null : code)
                    .param("k", kind.name()).param("a", form.getOrDefault("address", "").strip())
                    .param("ph", phone).update();
            audit.record("ORGANISATION_SAVE", name, at.path(), "新建单位");
        } else {
            Organisation before = get(id, scope);
            jdbc.sql("""
                            UPDATE organisation SET division_id = :d, division_path = :p, name = :n, credit_code = :c, kind = :k,
                                   address = :a, phone = :ph, contact = :contact, updated_at = :now WHERE id = :id""").param("now", OffsetDateTime.now(clock))
                    .param("contact", contact)
                    .param("d", at.id()).param("p", at.path()).param("n", name).param("c", code.isEmpty() ? null : code)
                    .param("k", kind.name()).param("a", form.getOrDefault("address", "").strip())
                    .param("ph", phone).param("id", id).update();
            audit.record("ORGANISATION_SAVE", name, at.path(), "修改单位（原名 " + before.name() + "）");
        }
        return errors;
    }

    public Optional<CommitteeEntity> entity(long committeeId, DataScope scope) {
        divisions.get(committeeId, scope);
        return jdbc.sql("""
                        SELECT division_id, credit_code, director, established_on, term_start, term_end, members
                        FROM committee_entity WHERE division_id = :id""")
                .param("id", committeeId).query(CommitteeEntity.class).optional();
    }

    /** Records a committee as a legal person; its credit code must carry the committee's county. */
    @Transactional
    public Map<String, String> saveEntity(long committeeId, CommitteeEntity form, DataScope scope) {
        Division committee = divisions.get(committeeId, scope);
        if (committee.level() != Level.COMMITTEE) {
            throw new NotFoundException("committee " + committeeId);
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String code = form.creditCode() == null ? "" : form.creditCode().strip().toUpperCase();
        String problem = CreditCode.problem(code);
        if (problem != null) {
            errors.put("creditCode", problem);
        } else if (!code.substring(2, 8).equals(committee.code().substring(0, 6))) {
            errors.put("creditCode", "统一社会信用代码中的行政区划码 " + code.substring(2, 8) + " 与本居村委会所在区县 "
                    + committee.code().substring(0, 6) + " 不一致");
        }
        if (form.director() == null || form.director().isBlank()) {
            errors.put("director", "请填写负责人（主任）姓名");
        }
        if (form.establishedOn() == null) {
            errors.put("establishedOn", "请填写成立日期");
        } else if (form.establishedOn().isAfter(LocalDate.now(clock))) {
            errors.put("establishedOn", "成立日期不能晚于今天");
        }
        if (form.termStart() != null && form.termEnd() != null && !form.termEnd().isAfter(form.termStart())) {
            errors.put("termEnd", "届期结束日期应晚于开始日期");
        }
        if (form.members() != null && form.members().length() > 500) {
            errors.put("members", "成员名单不能超过 500 个字");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        jdbc.sql("""
                        INSERT INTO committee_entity (division_id, division_path, credit_code, director, established_on,
                                                      term_start, term_end, members)
                        VALUES (:id, :p, :c, :d, :e, :ts, :te, :m)
                        ON CONFLICT (division_id) DO UPDATE SET credit_code = :c, director = :d, established_on = :e,
                            term_start = :ts, term_end = :te, members = :m, updated_at = :now""").param("now", OffsetDateTime.now(clock))
                .param("id", committeeId).param("p", committee.path()).param("c", code).param("d", form.director().strip())
                .param("e", form.establishedOn()).param("ts", form.termStart()).param("te", form.termEnd())
                .param("m", form.members()).update();
        audit.record("COMMITTEE_ENTITY_SAVE", committee.name(), committee.path(), "法人信息：" + code + "，负责人 " + form.director());
        return errors;
    }

    private static String escape(String text) {
        return text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
