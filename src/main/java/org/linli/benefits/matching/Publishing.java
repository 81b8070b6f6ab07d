package org.linli.benefits.matching;

import java.time.Clock;
import java.time.LocalDate;

import org.linli.benefits.catalogue.CatalogueEditing;
import org.linli.benefits.catalogue.Publication;
import org.linli.benefits.catalogue.RuleVersion;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a rule's draft: the version is published and, when it takes effect today, the benefit
 * is matched over its region in the same transaction, so the figures change with the rule; a
 * version for a later day is matched by {@link DueVersions} on that day.
 */
@Service
public class Publishing {

    private final CatalogueEditing editing;
    private final Matching matching;
    private final Clock clock;

    Publishing(CatalogueEditing editing, Matching matching, Clock clock) {
        this.editing = editing;
        this.matching = matching;
        this.clock = clock;
    }

    @Transactional
    public RuleVersion publish(long benefitId, Publication command, CurrentUser user) {
        RuleVersion published = editing.publish(benefitId, command, user);
        if (published.effectiveOn(LocalDate.now(clock))) {
            matching.matchBenefit(benefitId);
        }
        return published;
    }
}
