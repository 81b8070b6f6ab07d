package org.linli.conventions.points;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.shared.Masks;
import org.springframework.stereotype.Component;

/**
 * How lists name a household: by the member who stands for it (its head, else its eldest), asked
 * for in one query per list. Staff see the name; residents and public lists see it masked.
 */
@Component
public class Households {

    /** A household as a list shows it. */
    public record Named(long householdId, String name, String masked, String address) {
    }

    private final CommitteeResidents residents;

    Households(CommitteeResidents residents) {
        this.residents = residents;
    }

    public Map<Long, Named> named(Collection<Long> householdIds) {
        return residents.heads(householdIds.stream().distinct().toList()).stream()
                .map(Households::named)
                .collect(Collectors.toMap(Named::householdId, Function.identity(), (a, b) -> a));
    }

    private static Named named(ResidentView head) {
        return new Named(head.householdId(), head.name(), Masks.name(head.name()), head.address());
    }
}
