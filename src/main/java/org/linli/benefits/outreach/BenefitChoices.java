package org.linli.benefits.outreach;

import java.util.List;

import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The benefits a user's pages may name: those declared for a region covering the user's scope
 * (the district's allowances seen from a committee) or lying inside it (a street's own benefit
 * seen from the district). Any other is not found.
 */
@Service
public class BenefitChoices {

    private final OutreachStore store;

    BenefitChoices(OutreachStore store) {
        this.store = store;
    }

    public List<BenefitChoice> visible(DataScope scope) {
        return store.benefits(scope);
    }

    public BenefitChoice get(long id, DataScope scope) {
        return visible(scope).stream().filter(b -> b.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("benefit " + id));
    }
}
