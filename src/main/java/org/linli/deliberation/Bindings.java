package org.linli.deliberation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.deliberation.topics.Committees;
import org.linli.division.Division;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.LivingStatus;
import org.linli.registry.Relation;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.linli.shared.IdNumber;
import org.linli.shared.Masks;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实名认证: a resident's account bound to their own record in the committee's registry, found by
 * the keyed hash of the ID number and confirmed by the name. One account per resident, one
 * resident per account; the database's keys say so, not only this class. A binding whose
 * resident moved away or died lapses and no longer votes.
 */
@Service
public class Bindings {

    /** Failed attempts an account may make in a day before it must ask the committee. */
    static final int DAILY_ATTEMPTS = 5;

    /** The registry record an account is bound to, as the resident sees it. */
    public record Bound(long residentId, long householdId, String name, String idRegion, String idLast4, LocalDate birthDate,
                        LivingStatus status, Relation relation, String address, long committeeId, String committeeName,
                        String committeePath, OffsetDateTime boundAt, LocalDate lapsedOn) {

        public String idMasked() {
            return Masks.idNumber(idRegion, idLast4);
        }

        public int age(LocalDate today) {
            return Period.between(birthDate, today).getYears();
        }

        public String relationLabel() {
            return relation.label();
        }

        public String statusLabel() {
            return status.label();
        }

        /** The registry said the resident moved away or died: the binding no longer votes. */
        public boolean lapsed() {
            return lapsedOn != null;
        }
    }

    private final BindingStore store;
    private final CommitteeResidents residents;
    private final Committees committees;
    private final AuditLog audit;
    private final Clock clock;

    Bindings(BindingStore store, CommitteeResidents residents, Committees committees, AuditLog audit, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Bound> of(long accountId) {
        return store.of(accountId).flatMap(b -> residents.find(List.of(b.residentId())).stream().findFirst().map(r -> {
            Division c = committees.get(b.committeeId());
            return new Bound(r.id(), r.householdId(), r.name(), r.idRegion(), r.idLast4(), r.birthDate(), r.status(), r.relation(),
                    r.address(), c.id(), c.name(), c.path(), b.boundAt(), b.lapsedOn());
        }));
    }

    /**
     * Binds the signed-in resident's account to the registry record with this name and ID number
     * in their own committee. Failures are audited (and counted, so ID numbers cannot be tried
     * one after another); the reason never says whether the number exists.
     */
    @Transactional(noRollbackFor = Refusal.class)
    public Bound bind(CurrentUser user, BindAccount typed) {
        if (user.role() != Role.RESIDENT) {
            throw Refusal.ofField("name", "deliberation.binding.residents-only");
        }
        if (store.bound(user.accountId())) {
            throw Refusal.ofField("name", "deliberation.binding.already");
        }
        store.attemptsInLine(user.accountId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (store.failuresSince(user.accountId(), now.minus(Duration.ofDays(1))) >= DAILY_ATTEMPTS) {
            throw Refusal.ofField("idNumber", "deliberation.binding.attempts", String.valueOf(DAILY_ATTEMPTS));
        }
        if (typed.name().isEmpty() || typed.name().length() > 50) {
            throw Refusal.ofField("name", "deliberation.binding.name");
        }
        String problem = IdNumber.problem(typed.idNumber(), LocalDate.now(clock));
        if (problem != null) {
            throw Refusal.ofField("idNumber", "deliberation.binding.id-number", problem);
        }
        Division committee = committees.of(user);
        ResidentView match = residents.findByIdNumber(committee.path(), IdNumber.parse(typed.idNumber()))
                .filter(r -> r.name().equals(typed.name())).orElse(null);
        if (match == null) {
            store.failed(user.accountId(), now);
            audit.record("RESIDENT_BIND_FAILED", "账户 " + user.username(), committee.path(), "姓名或身份证号与登记不符");
            throw Refusal.ofField("idNumber", "deliberation.binding.mismatch", committee.name());
        }
        if (match.status() != LivingStatus.LIVING) {
            throw Refusal.ofField("idNumber", "deliberation.binding.not-living");
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
        if (!store.insert(accountId, residentId, committee.id(), OffsetDateTime.now(clock))) {
            throw Refusal.ofField("idNumber", store.bound(accountId) ? "deliberation.binding.already" : "deliberation.binding.taken");
        }
        ResidentView r = residents.find(List.of(residentId)).getFirst();
        audit.record("RESIDENT_BIND", "居民 " + r.name() + "（#" + r.id() + "）", committee.path(),
                "账户与居民登记绑定（实名认证）");
    }
}
