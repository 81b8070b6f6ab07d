package org.linli.deliberation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.registry.PersonalData;
import org.linli.shared.CurrentUser;
import org.linli.shared.IdNumber;
import org.linli.shared.Masks;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实名认证: a resident's account bound to their own record in the committee's registry, found by
 * the keyed hash of the ID number and confirmed by the name. One account per resident, one
 * resident per account; the database's keys say so, not only this class.
 */
@Service
public class Bindings {

    /** Failed attempts an account may make in a day before it must ask the committee. */
    static final int DAILY_ATTEMPTS = 5;

    /** The registry record an account is bound to, as the resident sees it. */
    public record Bound(long residentId, long householdId, String name, String idRegion, String idLast4, LocalDate birthDate,
                        String status, String relation, String address, long committeeId, String committeeName,
                        String committeePath, OffsetDateTime boundAt) {

        public String idMasked() {
            return Masks.idNumber(idRegion, idLast4);
        }

        public int age(LocalDate today) {
            return Period.between(birthDate, today).getYears();
        }

        public String relationLabel() {
            return org.linli.registry.Relation.valueOf(relation).label();
        }

        public String statusLabel() {
            return org.linli.registry.LivingStatus.valueOf(status).label();
        }
    }

    /** A refused binding: the field it concerns and the reason in Chinese. */
    public static class Refused extends RuntimeException {

        private final String field;

        Refused(String field, String reason) {
            super(reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    Bindings(JdbcClient jdbc, PersonalData personalData, Topics topics, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.topics = topics;
        this.audit = audit;
    }

    public Optional<Bound> of(long accountId) {
        return jdbc.sql("""
                        SELECT r.id AS resident_id, r.household_id, r.name, r.id_region, r.id_last4, r.birth_date, r.status,
                               r.relation, d.address, c.id AS committee_id, c.name AS committee_name, c.path AS committee_path,
                               b.bound_at
                        FROM resident_account b JOIN resident r ON r.id = b.resident_id JOIN household h ON h.id = r.household_id
                             JOIN dwelling d ON d.id = h.dwelling_id JOIN division c ON c.id = b.committee_id
                        WHERE b.account_id = :a""")
                .param("a", accountId).query(Bound.class).optional();
    }

    /**
     * Binds the signed-in resident's account to the registry record with this name and ID number
     * in their own committee. Failures are audited (and counted, so ID numbers cannot be tried
     * one after another); the reason never says whether the number exists.
     */
    @Transactional(noRollbackFor = Refused.class)
    public Bound bind(CurrentUser user, String name, String idNumber) {
        if (user.role() != Role.RESIDENT) {
            throw new Refused("name", "实名认证只适用于居民账户");
        }
        if (of(user.accountId()).isPresent()) {
            throw new Refused("name", "您的账户已完成实名认证");
        }
        long failures = jdbc.sql("""
                        SELECT count(*) FROM audit_log WHERE actor = :u AND action = 'RESIDENT_BIND_FAILED'
                        AND at > :now - interval '1 day'""").param("now", OffsetDateTime.now(clock))
                .param("u", user.username()).query(Long.class).single();
        if (failures >= DAILY_ATTEMPTS) {
            throw new Refused("idNumber", "今日认证失败已达 " + DAILY_ATTEMPTS + " 次，请明天再试或持身份证到居委会办理");
        }
        String typedName = name == null ? "" : name.strip();
        if (typedName.isEmpty() || typedName.length() > 50) {
            throw new Refused("name", "请填写与身份证一致的姓名");
        }
        String problem = IdNumber.problem(idNumber == null ? null : idNumber.strip().toUpperCase(), LocalDate.now(clock));
        if (problem != null) {
            throw new Refused("idNumber", problem);
        }
        IdNumber id = IdNumber.parse(idNumber);
        Division committee = topics.committeeOf(user);
        record Match(long id, String name, String status) {
        }
        Match match = jdbc.sql("SELECT id, name, status FROM resident WHERE id_hash = :h AND division_path LIKE :p || '%'")
                .param("h", personalData.hashIdNumber(id)).param("p", committee.path()).query(Match.class).optional()
                .filter(m -> m.name().equals(typedName)).orElse(null);
        if (match == null) {
            audit.record("RESIDENT_BIND_FAILED", "账户 " + user.username(), committee.path(), "姓名或身份证号与登记不符");
            throw new Refused("idNumber", "姓名和身份证号与" + committee.name() + "的居民登记不一致，请核对；如登记有误请到居委会更正");
        }
        if (!"LIVING".equals(match.status())) {
            throw new Refused("idNumber", "登记显示该居民已迁出或已故，不能认证");
        }
        enrol(user.accountId(), match.id(), committee);
        return of(user.accountId()).orElseThrow();
    }

    /**
     * Binds an account to a resident the caller has already identified (the committee's counter,
     * the demo); the one-to-one rule holds all the same.
     */
    @Transactional
    public void enrol(long accountId, long residentId, Division committee) {
        int inserted = jdbc.sql("""
                        INSERT INTO resident_account (account_id, resident_id, committee_id) VALUES (:a, :r, :c)
                        ON CONFLICT DO NOTHING""")
                .param("a", accountId).param("r", residentId).param("c", committee.id()).update();
        if (inserted == 0) {
            boolean accountBound = jdbc.sql("SELECT count(*) > 0 FROM resident_account WHERE account_id = :a")
                    .param("a", accountId).query(Boolean.class).single();
            throw new Refused("idNumber", accountBound ? "您的账户已完成实名认证"
                    : "该居民已与另一个账户绑定；如非本人操作，请持身份证到居委会处理");
        }
        String who = jdbc.sql("SELECT name, id_region, id_last4 FROM resident WHERE id = :r").param("r", residentId)
                .query((rs, n) -> rs.getString(1) + "（" + Masks.idNumber(rs.getString(2), rs.getString(3)) + "）").single();
        audit.record("RESIDENT_BIND", "居民 " + who, committee.path(), "账户与居民登记绑定（实名认证）");
    }
}
