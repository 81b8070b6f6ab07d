package org.linli.registry.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One resident and the other living members of their household, with the tags each holds on a
 * day (recorded ones, with their details; derived age tags come from the birth date).
 */
record Facts(Person resident, List<Person> members, Map<Long, List<Held>> held, LocalDate day) {

    /** A recorded tag held on the day. */
    record Held(long residentId, String code, String detail) {
    }

    List<Held> heldBy(long residentId) {
        return held.getOrDefault(residentId, List.of());
    }

    /** The tag codes a person holds on the day, derived age tags included, as the rule's {@code tags}. */
    List<String> tags(Person person, Map<String, TagInfo> catalogue) {
        Set<String> codes = new TreeSet<>();
        heldBy(person.id()).forEach(h -> codes.add(h.code()));
        long age = Ages.on(person.birthDate(), day);
        catalogue.values().stream().filter(t -> t.derived() && age >= t.years()).forEach(t -> codes.add(t.code()));
        return new ArrayList<>(codes);
    }

    /** The grade written in the details of a tag the resident holds on the day (the most severe), or 0. */
    long grade(String code) {
        return heldBy(resident.id()).stream().filter(h -> h.code().equals(code)).mapToInt(h -> Grades.of(h.detail()))
                .filter(g -> g > 0).min().orElse(0);
    }
}
