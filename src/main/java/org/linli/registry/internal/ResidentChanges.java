package org.linli.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.linli.audit.AuditLog;
import org.linli.registry.LivingStatus;
import org.linli.registry.Phone;
import org.linli.registry.ResidentChanged;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Masks;
import org.linli.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes staff make to a resident's record: the phone number, and the living status (moving
 * away or death closes the record, never deletes it). Each is kept in the history with masked
 * values, audited, and published as {@link ResidentChanged}.
 */
@Service
public class ResidentChanges {

    private final Residents residents;
    private final ResidentStore store;
    private final HouseholdStore households;
    private final ChangeStore changes;
    private final HouseholdCounts counts;
    private final Vault vault;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentChanges(Residents residents, ResidentStore store, HouseholdStore households, ChangeStore changes,
                    HouseholdCounts counts, Vault vault, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.residents = residents;
        this.store = store;
        this.households = households;
        this.changes = changes;
        this.counts = counts;
        this.vault = vault;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A new phone number as typed. */
    public record PhoneChange(String phone) {
    }

    /** A new living status and the day it took effect. */
    public record StatusChange(@NotNull(message = "{registry.status.required}") LivingStatus status,
                               @NotNull(message = "{registry.status.on.required}") LocalDate on) {
    }

    @Transactional
    public ResidentView changePhone(long id, PhoneChange change, DataScope scope) {
        String reason = Phone.problem(change.phone());
        if (reason != null) {
            throw Refusal.ofField("phone", "registry.phone.invalid", reason);
        }
        String value = change.phone().strip();
        ResidentView before = residents.get(id, scope);
        store.changePhone(id, vault.encrypt(value), vault.hash(value), value.substring(0, 3), value.substring(7), now());
        String after = Masks.phone(value.substring(0, 3), value.substring(7));
        record(before, "手机号", before.phoneMasked(), after);
        audit.record("RESIDENT_UPDATE", before.auditName(), before.divisionPath(),
                "手机号 " + before.phoneMasked() + " → " + after);
        events.publishEvent(new ResidentChanged(id, before.householdId(), before.divisionPath(), before.status(),
                ResidentChanged.CORRECTED));
        return residents.get(id, scope);
    }

    /**
     * When nobody lives in a household any more, the household is closed too (and opened again
     * when someone comes back), and the committee's household count follows.
     */
    /** As {@link #changeStatus(long, StatusChange, DataScope)}, naming the birth date in a refusal only to roles that may reveal. */
    @Transactional
    public ResidentView changeStatus(long id, StatusChange change, CurrentUser user) {
        return changeStatus(id, change, user.scope(), user.role().mayReveal());
    }

    @Transactional
    public ResidentView changeStatus(long id, StatusChange change, DataScope scope) {
        return changeStatus(id, change, scope, true);
    }

    private ResidentView changeStatus(long id, StatusChange change, DataScope scope, boolean showBirthDate) {
        ResidentView before = residents.get(id, scope);
        LivingStatus status = change.status();
        LocalDate on = change.on();
        if (on.isAfter(LocalDate.now(clock))) {
            throw Refusal.ofField("on", "registry.status.on.future");
        }
        if (showBirthDate && on.isBefore(before.birthDate())) {
            throw Refusal.ofField("on", "registry.status.on.before-birth", before.birthDate().toString());
        }
        // Without reveal the bound is what the age shown gives, so that refusals cannot find the birth date.
        LocalDate earliest = LocalDate.now(clock).minusYears(before.age(LocalDate.now(clock)));
        if (!showBirthDate && on.isBefore(earliest)) {
            throw Refusal.ofField("on", "registry.status.on.before-birth-hidden", earliest.toString());
        }
        if (status == before.status()) {
            throw Refusal.ofField("status", "registry.status.unchanged", status.label());
        }
        store.changeStatus(id, status, now());
        households.closeOn(before.householdId(), store.anyoneLiving(before.householdId()) ? null : on);
        counts.recount(HouseholdCounts.committeeOf(before.divisionPath()));
        record(before, "居住状态", before.status().label(), status.label() + "（" + on + "）");
        audit.record("RESIDENT_UPDATE", before.auditName(), before.divisionPath(),
                "居住状态 " + before.status().label() + " → " + status.label() + "（" + on + "）");
        events.publishEvent(new ResidentChanged(id, before.householdId(), before.divisionPath(), status, status.label()));
        return residents.get(id, scope);
    }

    private void record(ResidentView resident, String field, String oldValue, String newValue) {
        changes.residentChanged(resident.id(), resident.householdId(), actor(), field, oldValue, newValue, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
