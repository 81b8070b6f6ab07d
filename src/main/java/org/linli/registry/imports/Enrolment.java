package org.linli.registry.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.Relation;
import org.linli.registry.internal.HouseholdCounts;
import org.linli.registry.internal.IdentifierSearches;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols one resident typed into the form at a building of the user's scope, with exactly the
 * checks of an imported row. An ID number already registered is refused here, not updated: the
 * form is for new people.
 */
@Service
public class Enrolment {

    private final ImportedResidents saved;
    private final Divisions divisions;
    private final HouseholdCounts counts;
    private final AuditLog audit;
    private final Clock clock;
    private final IdentifierSearches lookups;

    Enrolment(ImportedResidents saved, Divisions divisions, HouseholdCounts counts, AuditLog audit, Clock clock,
              IdentifierSearches lookups) {
        this.saved = saved;
        this.lookups = lookups;
        this.divisions = divisions;
        this.counts = counts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A building of the user's scope, where residents are enrolled; not found otherwise. */
    public Division building(long id, CurrentUser user) {
        Division building = divisions.get(id, user.scope());
        if (building.level() != Level.BUILDING) {
            throw new NotFoundException("building " + id);
        }
        return building;
    }

    /** Returns the new resident's id. */
    @Transactional
    public long enrol(long buildingId, NewResident form, CurrentUser user) {
        Division building = building(buildingId, user);
        RowCheck.Outcome outcome = new RowCheck(LocalDate.now(clock), code -> Optional.of(building)).check(form.line(building.code()));
        outcome.errors().entrySet().stream().findFirst().ifPresent(error -> {
            throw Refusal.ofField(NewResident.fieldOf(error.getKey()), NewResident.formKey(error.getValue().key()),
                    error.getValue().args());
        });
        Parsed p = outcome.row();
        // A head of another committee (or outside the user's scope) answers as one never registered.
        if (p.relation() != Relation.HEAD && saved.householdOf(p.head(), building, user).isEmpty()) {
            throw Refusal.ofField("headIdNumber", "registry.enrolment.head.unknown");
        }
        if (saved.registered(p.id())) {
            // One answer wherever the number is registered, inside the scope or not; finding which
            // takes a search, and each such answer is audited and counted like one.
            lookups.count(user, "身份证号（登记新居民）");
            throw Refusal.ofField("idNumber", "registry.enrolment.already-registered");
        }
        Map<String, Long> households = new HashMap<>();
        saved.save(p, user, households);
        counts.recount(HouseholdCounts.committeeOf(building.path()));
        long id = saved.idOf(p.id()).orElseThrow();
        audit.record("RESIDENT_CREATE", "居民 " + p.name() + "（#" + id + "）", building.path(), "登记新居民");
        return id;
    }
}
