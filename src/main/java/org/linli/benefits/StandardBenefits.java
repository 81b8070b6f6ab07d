package org.linli.benefits;

import java.time.Clock;
import java.time.LocalDate;

import org.linli.benefits.catalogue.Benefit;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.CatalogueEditing;
import org.linli.benefits.catalogue.StandardBenefit;
import org.linli.benefits.catalogue.StandardCatalogue;
import org.linli.benefits.matching.Matching;
import org.linli.division.Division;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region adopts the standard catalogue ({@link StandardCatalogue}): each benefit declared for the
 * region with its rule published as version 1 from the first day of this year, then matched over
 * the region. Adopting again changes nothing. The demo district adopts it on first start.
 */
@Service
public class StandardBenefits {

    private final CatalogueEditing editing;
    private final Catalogue catalogue;
    private final Matching matching;
    private final Clock clock;

    StandardBenefits(CatalogueEditing editing, Catalogue catalogue, Matching matching, Clock clock) {
        this.editing = editing;
        this.catalogue = catalogue;
        this.matching = matching;
        this.clock = clock;
    }

    /** Adopts the standard catalogue for the region (a district); returns how many benefits were added. */
    @Transactional
    public int adopt(Division region, String actor) {
        LocalDate from = LocalDate.now(clock).withDayOfYear(1);
        int added = 0;
        for (StandardBenefit standard : StandardCatalogue.BENEFITS) {
            StandardBenefit own = new StandardBenefit(codeFor(region, standard), standard.name(), standard.kind(),
                    standard.amount(), standard.basis(), standard.authority(), standard.sort(), standard.rule());
            if (catalogue.findByCode(own.code()).isPresent()) {
                continue;
            }
            Benefit benefit = editing.seed(own, region.path(), from, actor);
            matching.matchBenefit(benefit.id());
            added++;
        }
        return added;
    }

    /** Codes are unique across regions: the region's statistical code and the standard benefit's code. */
    public static String codeFor(Division region, StandardBenefit standard) {
        return region.code() + "-" + standard.code();
    }
}
