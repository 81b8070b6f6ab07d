package org.linli.casework.intake;

import org.linli.casework.internal.CaseRules;
import org.linli.division.LatLon;
import org.linli.division.Location;
import org.linli.division.Locator;
import org.linli.rules.RuleBook;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Where a case reported at a point belongs (issue #13): the grid of the area whose boundary holds
 * it, at the nearest building within the region's {@code case.building-metres}. The intake places
 * a case by it, and the forms ask it before submitting, so both say the same.
 */
@Component
public class PointPlaces {

    private final Locator locator;
    private final RuleBook book;

    PointPlaces(Locator locator, RuleBook book) {
        this.locator = locator;
        this.book = book;
    }

    /** The place at the point within the scope; a point outside it is refused on the position ({@code latitude}). */
    public Location locate(LatLon point, DataScope scope) {
        int metres = book.today(CaseRules.BUILDING_METRES, scope.path());
        try {
            return locator.locate(point, scope, metres);
        } catch (Refusal refused) {
            throw Refusal.ofField("latitude", "casework.location.outside-area");
        }
    }
}
