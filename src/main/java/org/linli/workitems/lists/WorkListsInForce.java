package org.linli.workitems.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The lists as they apply on a day, for the module's own use (admission refusing work that the
 * negative list names, the certificate counter). A district's list in force on a day is its latest
 * published version whose effective date is not after the day. Callers may pass any path inside
 * the district (a committee's): the list of the nearest region above it that publishes one applies.
 */
@Service
public class WorkListsInForce {

    private final WorkListStore store;

    WorkListsInForce(WorkListStore store) {
        this.store = store;
    }

    /** The entries of the list in force for the place on the day, by number; empty when none is published. */
    public List<ListEntry> inForce(String districtPath, ListKind kind, LocalDate day) {
        return store.inForce(districtPath, kind, day).map(list -> store.entries(list.id())).orElse(List.of());
    }

    /**
     * The negative list's entry the text names: an entry matches when its title or one of its
     * keywords occurs in the text (ignoring case and spaces); of several, the one with the longest
     * matching word wins, then the lower number.
     */
    public Optional<ListEntry> matchNegative(String districtPath, String text, LocalDate day) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String haystack = normal(text);
        ListEntry best = null;
        int bestLength = 0;
        for (ListEntry entry : inForce(districtPath, ListKind.NEGATIVE, day)) {
            for (String word : entry.words()) {
                String needle = normal(word);
                if (needle.length() > bestLength && haystack.contains(needle)) {
                    best = entry;
                    bestLength = needle.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normal(String text) {
        return text.replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    }
}
