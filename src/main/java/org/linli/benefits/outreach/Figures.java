package org.linli.benefits.outreach;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Outreach figures per benefit and per child division of the user's (a district's streets, a
 * street's committees, a committee's grids): found, informed, applied, enrolled from being found,
 * and the median days from found to informed. Counted in SQL; names added for the page.
 */
@Service
public class Figures {

    private final FigureStore store;
    private final BenefitChoices benefits;
    private final Divisions divisions;
    private final Clock clock;

    Figures(FigureStore store, BenefitChoices benefits, Divisions divisions, Clock clock) {
        this.store = store;
        this.benefits = benefits;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** Each benefit's total first, then its divisions in code order; {@code benefitId} null for every benefit. */
    public List<FigureRow> of(CurrentUser user, Long benefitId) {
        if (!OutreachRoles.mayOversee(user.role())) {
            throw new NotFoundException("benefit figures");
        }
        Map<Long, String> names = benefits.visible(user.scope()).stream()
                .collect(Collectors.toMap(BenefitChoice::id, BenefitChoice::name));
        if (benefitId != null && !names.containsKey(benefitId)) {
            throw new NotFoundException("benefit " + benefitId);
        }
        List<FigureStore.Counted> counted = store.count(user.scope(), benefitId, clock.getZone());
        Map<String, String> places = divisions.byCodes(counted.stream().map(FigureStore.Counted::child)
                        .filter(c -> c != null && !c.isEmpty()).distinct().toList()).stream()
                .collect(Collectors.toMap(Division::code, Division::name, (a, b) -> a));
        Function<String, String> placeName = code -> code == null ? "合计" : places.getOrDefault(code, code.isEmpty() ? "本级" : code);
        return counted.stream().map(c -> new FigureRow(c.benefitId(), names.getOrDefault(c.benefitId(), ""), c.child(),
                placeName.apply(c.child()), c.found(), c.informed(), c.applied(), c.enrolled(), c.median())).toList();
    }
}
