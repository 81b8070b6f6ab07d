package org.linli.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.internal.OrganisationStore;
import org.linli.shared.CreditCode;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations at places of the hierarchy, and each committee's record as a legal person. */
@Service
public class Organisations {

    private final OrganisationStore store;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    Organisations(OrganisationStore store, Divisions divisions, AuditLog audit, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    public record Organisation(long id, long divisionId, String divisionPath, String name, String creditCode,
                               OrganisationKind kind, String address, String phone, String contact) {
    }

    public record CommitteeEntity(long divisionId, String creditCode, String director, LocalDate establishedOn,
                                  LocalDate termStart, LocalDate termEnd, String members) {
    }

    public List<Organisation> list(DataScope scope, String text, int page, int size) {
        return store.list(scope, text, size, page * size);
    }

    public long count(DataScope scope, String text) {
        return store.count(scope, text);
    }

    public Organisation get(long id, DataScope scope) {
        return store.find(id, scope).orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    /** Registers (id null) or changes an organisation at a committee or a place below it, within the scope. */
    @Transactional
    public void save(Long id, OrganisationForm form, DataScope scope) {
        Organisation before = id == null ? null : get(id, scope);
        String code = form.code();
        if (code != null && CreditCode.problem(code) != null) {
            throw Refusal.ofField("creditCode", "registry.credit-code.invalid", CreditCode.problem(code));
        }
        Division at = divisions.findByCode(form.placeCode() == null ? "" : form.placeCode().strip())
                .filter(d -> scope.covers(d.path()) && d.level().ordinal() >= Level.COMMITTEE.ordinal())
                .orElseThrow(() -> Refusal.ofField("placeCode", "registry.organisation.place.outside"));
        if (code != null && store.creditCodeTaken(code, id)) {
            throw Refusal.ofField("creditCode", "registry.organisation.credit-code.taken");
        }
        if (before == null) {
            store.insert(at.id(), at.path(), form, code);
            audit.record("ORGANISATION_SAVE", form.name().strip(), at.path(), "新建单位");
        } else {
            store.update(id, at.id(), at.path(), form, code, OffsetDateTime.now(clock));
            audit.record("ORGANISATION_SAVE", form.name().strip(), at.path(), "修改单位（原名 " + before.name() + "）");
        }
    }

    public Optional<CommitteeEntity> entity(long committeeId, DataScope scope) {
        divisions.get(committeeId, scope);
        return store.entity(committeeId);
    }

    /** Records a committee as a legal person; its credit code must carry the committee's county. */
    @Transactional
    public void saveEntity(long committeeId, CommitteeEntityForm form, DataScope scope) {
        Division committee = divisions.get(committeeId, scope);
        if (committee.level() != Level.COMMITTEE) {
            throw new NotFoundException("committee " + committeeId);
        }
        String code = form.creditCode() == null ? "" : form.creditCode().strip().toUpperCase();
        String problem = CreditCode.problem(code);
        if (problem != null) {
            throw Refusal.ofField("creditCode", "registry.credit-code.invalid", problem);
        }
        String county = committee.code().substring(0, 6);
        if (!code.substring(2, 8).equals(county)) {
            throw Refusal.ofField("creditCode", "registry.entity.credit-code.county", code.substring(2, 8), county);
        }
        if (form.establishedOn().isAfter(LocalDate.now(clock))) {
            throw Refusal.ofField("establishedOn", "registry.entity.established-on.future");
        }
        if (form.termStart() != null && form.termEnd() != null && !form.termEnd().isAfter(form.termStart())) {
            throw Refusal.ofField("termEnd", "registry.entity.term-end.before-start");
        }
        store.saveEntity(committee.path(), new CommitteeEntity(committeeId, code, form.director().strip(),
                form.establishedOn(), form.termStart(), form.termEnd(), form.members()), OffsetDateTime.now(clock));
        audit.record("COMMITTEE_ENTITY_SAVE", committee.name(), committee.path(), "法人信息：" + code + "，负责人 " + form.director());
    }
}
