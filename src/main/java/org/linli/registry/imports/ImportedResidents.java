package org.linli.registry.imports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.registry.Addresses;
import org.linli.registry.LivingStatus;
import org.linli.registry.Registration;
import org.linli.registry.Relation;
import org.linli.registry.ResidentChanged;
import org.linli.registry.internal.ChangeStore;
import org.linli.registry.internal.DwellingStore;
import org.linli.registry.internal.EnrolmentStore;
import org.linli.registry.internal.EnrolmentStore.NewRow;
import org.linli.registry.internal.EnrolmentStore.Registered;
import org.linli.registry.internal.HouseholdCounts;
import org.linli.registry.internal.HouseholdStore;
import org.linli.registry.internal.Vault;
import org.linli.shared.CurrentUser;
import org.linli.shared.IdNumber;
import org.linli.shared.Masks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Saves checked rows: a resident not yet registered is enrolled (a head in a new household at the
 * room, a member in the head's), one registered within the user's scope is updated with what
 * changed. Every enrolment and correction is published as {@link ResidentChanged}.
 */
@Component
class ImportedResidents {

    enum Outcome { CREATED, UPDATED, UNCHANGED, OUTSIDE_SCOPE }

    private final EnrolmentStore store;
    private final DwellingStore dwellings;
    private final HouseholdStore households;
    private final ChangeStore changes;
    private final Divisions divisions;
    private final Vault vault;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportedResidents(EnrolmentStore store, DwellingStore dwellings, HouseholdStore households, ChangeStore changes,
                      Divisions divisions, Vault vault, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.dwellings = dwellings;
        this.households = households;
        this.changes = changes;
        this.divisions = divisions;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
    }

    /** @param householdsByPerson the household of each ID number saved so far in this import (heads come first) */
    Outcome save(Parsed p, CurrentUser user, Map<String, Long> householdsByPerson) {
        byte[] hash = vault.hash(p.id().value());
        Optional<Registered> registered = store.byIdHash(hash);
        if (registered.isPresent()) {
            Registered e = registered.get();
            if (!user.scope().covers(e.divisionPath())) {
                return Outcome.OUTSIDE_SCOPE;
            }
            householdsByPerson.putIfAbsent(p.id().value(), e.householdId());
            return update(e, p) ? Outcome.UPDATED : Outcome.UNCHANGED;
        }
        long household;
        if (p.relation() == Relation.HEAD) {
            household = newHousehold(p);
        } else {
            Long known = householdsByPerson.get(p.head().value());
            household = known != null ? known : householdOf(p.head(), p.building(), user).orElseThrow();
        }
        householdsByPerson.put(p.id().value(), household);
        long id = store.insert(newRow(p, household, hash));
        events.publishEvent(new ResidentChanged(id, household, p.building().path(), LivingStatus.LIVING,
                ResidentChanged.ENROLLED));
        return Outcome.CREATED;
    }

    /**
     * The household a head's ID number leads to, only within the committee of {@code building} and
     * the user's scope: a household is never joined across committees, and a head registered
     * elsewhere answers as one not registered at all.
     */
    Optional<Long> householdOf(IdNumber head, Division building, CurrentUser user) {
        return store.householdOf(vault.hash(head.value()), HouseholdCounts.committeeOf(building.path()), user.scope().prefix());
    }

    boolean registered(IdNumber id) {
        return store.byIdHash(vault.hash(id.value())).isPresent();
    }

    Optional<Long> idOf(IdNumber id) {
        return store.byIdHash(vault.hash(id.value())).map(Registered::id);
    }

    private NewRow newRow(Parsed p, long household, byte[] hash) {
        IdNumber id = p.id();
        String phone = p.phone();
        return new NewRow(household, p.building().path(), p.name(), vault.encrypt(id.value()), hash, vault.hashIdRegion(id.region()),
                vault.hashIdLast4(id.lastFour()), id.birthDate(), id.sex(), phone == null ? null : vault.encrypt(phone),
                phone == null ? null : vault.hash(phone), phone == null ? null : phone.substring(0, 3),
                phone == null ? null : phone.substring(7), p.ethnicity(), p.registration().name(), p.relation().name());
    }

    /** Applies what changed; returns whether anything did. Each change goes to the history. */
    private boolean update(Registered e, Parsed p) {
        List<String[]> changed = differences(e, p);
        boolean phoneChanged = p.phone() != null && (e.phoneHash() == null || !Arrays.equals(e.phoneHash(), vault.hash(p.phone())));
        if (phoneChanged) {
            changed.add(new String[] {"手机号", e.phoneLast4() == null ? "" : Masks.phone(e.phoneFirst3(), e.phoneLast4()),
                    Masks.phone(p.phone().substring(0, 3), p.phone().substring(7))});
        }
        if (changed.isEmpty()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.correct(e.id(), p.name(), p.ethnicity(), p.registration().name(), p.relation().name(), now);
        if (phoneChanged) {
            store.correctPhone(e.id(), vault.encrypt(p.phone()), vault.hash(p.phone()), p.phone().substring(0, 3),
                    p.phone().substring(7));
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName() + "（导入）";
        for (String[] c : changed) {
            changes.residentChanged(e.id(), e.householdId(), actor, c[0], c[1], c[2], now);
        }
        events.publishEvent(new ResidentChanged(e.id(), e.householdId(), e.divisionPath(), LivingStatus.valueOf(e.status()),
                ResidentChanged.CORRECTED));
        return true;
    }

    private static List<String[]> differences(Registered e, Parsed p) {
        List<String[]> changed = new ArrayList<>();
        if (!e.name().equals(p.name())) {
            changed.add(new String[] {"姓名", e.name(), p.name()});
        }
        if (!e.ethnicity().equals(p.ethnicity())) {
            changed.add(new String[] {"民族", e.ethnicity(), p.ethnicity()});
        }
        if (!e.registration().equals(p.registration().name())) {
            changed.add(new String[] {"户籍", Registration.valueOf(e.registration()).label(), p.registration().label()});
        }
        if (!e.relation().equals(p.relation().name())) {
            changed.add(new String[] {"与户主关系", Relation.valueOf(e.relation()).label(), p.relation().label()});
        }
        return changed;
    }

    /** A new household at the row's room, whose dwelling is created if the room has none. */
    private long newHousehold(Parsed p) {
        Division building = p.building();
        Division estate = divisions.findUnscoped(building.parentId()).orElseThrow();
        String[] road = Addresses.splitRoadAndNumber(estate.address());
        String address = estate.name() + building.name() + p.entrance() + "单元" + p.room() + "室";
        long dwelling = dwellings.atRoom(building.id(), building.path(), p.entrance(), p.room(), road[0], road[1], address);
        return households.open(dwelling, building.path());
    }
}
