package org.linli.registry.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a rule reads of a resident and their household: the reason a match is given names these
 * (and only these), whether it was found by SQL or in memory.
 */
record Reads(boolean age, SortedSet<LocalDate> ageOn, boolean sex, boolean registration, boolean relation,
             Set<String> tags, Set<String> memberTags, boolean memberAge, boolean householdSize,
             Map<String, String> within) {

    /** Collects what the SQL writer meets while it walks a rule. */
    static final class Builder {

        boolean age;
        final SortedSet<LocalDate> ageOn = new TreeSet<>();
        boolean sex;
        boolean registration;
        boolean relation;
        final Set<String> tags = new TreeSet<>();
        final Set<String> memberTags = new TreeSet<>();
        boolean memberAge;
        boolean householdSize;
        /** Statistical code → path of the divisions named by {@code within}. */
        final Map<String, String> within = new LinkedHashMap<>();

        Reads build() {
            return new Reads(age, Collections.unmodifiableSortedSet(new TreeSet<>(ageOn)), sex, registration, relation,
                    Set.copyOf(tags), Set.copyOf(memberTags), memberAge, householdSize, Map.copyOf(within));
        }
    }
}
