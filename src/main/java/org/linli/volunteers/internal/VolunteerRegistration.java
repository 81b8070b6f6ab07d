package org.linli.volunteers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Bindings;
import org.linli.division.Division;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.LivingStatus;
import org.linli.registry.PersonalData;
import org.linli.registry.Phone;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.linli.shared.IdNumber;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 志愿者注册: the committee registers a volunteer (tied to the registry when an ID number of one of
 * its residents is given, checked digit by digit first), or a bound resident registers themselves.
 * A resident is one volunteer wherever they volunteer; a phone is sealed by the registry's vault.
 */
@Service
public class VolunteerRegistration {

    private final VolunteerStore store;
    private final Reach reach;
    private final CommitteeResidents residents;
    private final Bindings bindings;
    private final PersonalData personal;
    private final AuditLog audit;
    private final Clock clock;

    VolunteerRegistration(VolunteerStore store, Reach reach, CommitteeResidents residents, Bindings bindings, PersonalData personal,
                 AuditLog audit, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.residents = residents;
        this.bindings = bindings;
        this.personal = personal;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long register(CurrentUser user, RegisterVolunteer typed) {
        Division committee = reach.organiser(user).ownCommittee();
        LocalDate today = LocalDate.now(clock);
        VolunteerStore.NewVolunteer row;
        if (!typed.idNumber().isEmpty()) {
            String problem = IdNumber.problem(typed.idNumber(), today);
            if (problem != null) {
                throw Refusal.ofField("idNumber", "volunteers.id-number.problem", problem);
            }
            ResidentView r = residents.findByIdNumber(committee.path(), IdNumber.parse(typed.idNumber()))
                    .filter(v -> v.status() == LivingStatus.LIVING)
                    .orElseThrow(() -> Refusal.ofField("idNumber", "volunteers.id-number.not-resident", committee.name()));
            if (!typed.name().isEmpty() && !typed.name().equals(r.name())) {
                throw Refusal.ofField("name", "volunteers.name.mismatch");
            }
            if (store.residentTaken(r.id())) {
                throw Refusal.ofField("idNumber", "volunteers.already");
            }
            row = new VolunteerStore.NewVolunteer(committee.id(), committee.path(), r.id(), null, r.name(), null, null, null,
                    Skill.names(typed.skills()), today, user.username());
        } else {
            if (typed.name().isEmpty()) {
                throw Refusal.ofField("name", "volunteers.name.required");
            }
            String problem = Phone.problem(typed.phone());
            if (problem != null) {
                throw Refusal.ofField("phone", "volunteers.phone.problem", problem);
            }
            PersonalData.SealedPhone phone = personal.sealPhone(typed.phone());
            row = new VolunteerStore.NewVolunteer(committee.id(), committee.path(), null, null, typed.name(), phone.cipher(),
                    phone.hash(), phone.mask(), Skill.names(typed.skills()), today, user.username());
        }
        long id = store.insert(row);
        if (id < 0) {
            throw Refusal.ofField("idNumber", "volunteers.already");
        }
        audit.record("VOLUNTEER_REGISTER", "志愿者 #" + id, committee.path(), row.residentId() != null ? "登记本社区居民为志愿者" : "登记志愿者");
        return id;
    }

    /** The resident registers themselves through the registry record their account is bound to. */
    @Transactional
    public long join(CurrentUser user, JoinVolunteers typed) {
        if (user.role() != Role.RESIDENT) {
            throw new NotFoundException("residents join themselves");
        }
        Bindings.Bound bound = bindings.of(user.accountId()).filter(b -> !b.lapsed())
                .orElseThrow(() -> Refusal.of("volunteers.join.unbound"));
        if (store.ofAccount(user.accountId(), bound.residentId()).isPresent()) {
            throw Refusal.of("volunteers.already");
        }
        long id = store.insert(new VolunteerStore.NewVolunteer(bound.committeeId(), bound.committeePath(), bound.residentId(),
                user.accountId(), bound.name(), null, null, null, Skill.names(typed.skills()), LocalDate.now(clock), user.username()));
        if (id < 0) {
            throw Refusal.of("volunteers.already");
        }
        audit.record("VOLUNTEER_JOIN", "志愿者 #" + id, bound.committeePath(), "居民本人注册为志愿者");
        return id;
    }

    /**
     * The signed-in resident's own volunteer record, if they have one: registered by their account, or
     * registered by the committee and tied to the resident their account is bound to (then bound to it).
     */
    @Transactional
    public Optional<Volunteer> mine(CurrentUser user) {
        Long residentId = user.role() == Role.RESIDENT
                ? bindings.of(user.accountId()).filter(b -> !b.lapsed()).map(Bindings.Bound::residentId).orElse(null) : null;
        Optional<Volunteer> found = store.ofAccount(user.accountId(), residentId);
        found.filter(v -> v.accountId() == null).ifPresent(v -> store.bindAccount(v.id(), user.accountId()));
        return found;
    }

    /** A volunteer the staff user reaches (404 otherwise). */
    public Volunteer get(CurrentUser user, long id) {
        return store.find(id, reach.staff(user).prefix()).orElseThrow(() -> new NotFoundException("volunteer " + id));
    }
}
