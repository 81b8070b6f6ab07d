package org.linli.benefits.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.benefits.outreach.BenefitChoice;
import org.linli.benefits.outreach.BenefitChoices;
import org.linli.benefits.outreach.OutreachRoles;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.linli.shared.Masks;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** A benefit's roster within the user's scope, paged in SQL, optionally one committee's or grid's. */
@Service
public class Roster {

    private final RosterEnrolments store;
    private final BenefitChoices benefits;
    private final CommitteeResidents residents;
    private final Divisions divisions;
    private final Clock clock;

    Roster(RosterEnrolments store, BenefitChoices benefits, CommitteeResidents residents, Divisions divisions, Clock clock) {
        this.store = store;
        this.benefits = benefits;
        this.residents = residents;
        this.divisions = divisions;
        this.clock = clock;
    }

    public record Page(BenefitChoice benefit, List<Enrolled> rows, long total) {
    }

    /** The benefit, if the user may work with its roster; not found otherwise. */
    public BenefitChoice benefit(long benefitId, CurrentUser user) {
        if (!OutreachRoles.mayOversee(user.role())) {
            throw new NotFoundException("benefit roster " + benefitId);
        }
        return benefits.get(benefitId, user.scope());
    }

    public Page page(long benefitId, CurrentUser user, String placeCode, int page, int size) {
        BenefitChoice benefit = benefit(benefitId, user);
        String placePath = null;
        if (placeCode != null && !placeCode.isBlank()) {
            placePath = divisions.findByCode(placeCode.strip())
                    .filter(d -> user.scope().covers(d.path()) && (d.level() == Level.COMMITTEE || d.level() == Level.GRID))
                    .orElseThrow(() -> new NotFoundException("place " + placeCode)).path();
        }
        List<RosterEnrolments.Enrolment> enrolments = store.page(benefitId, user.scope(), placePath, size, Math.max(0, page) * size);
        LocalDate today = LocalDate.now(clock);
        Map<Long, ResidentView> byId = residents.find(enrolments.stream().map(RosterEnrolments.Enrolment::residentId).toList())
                .stream().collect(Collectors.toMap(ResidentView::id, Function.identity()));
        List<Enrolled> rows = enrolments.stream().map(e -> {
            ResidentView r = byId.get(e.residentId());
            return new Enrolled(e.id(), e.residentId(), r == null ? "" : Masks.name(r.name()), r == null ? null : r.age(today),
                    r == null ? "" : r.address(), e.since(), e.until(), e.until() != null && e.until().isBefore(today));
        }).toList();
        return new Page(benefit, rows, store.count(benefitId, user.scope(), placePath));
    }
}
