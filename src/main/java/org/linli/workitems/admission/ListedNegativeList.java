package org.linli.workitems.admission;

import java.time.LocalDate;
import java.util.Optional;

import org.linli.workitems.lists.WorkListsInForce;
import org.springframework.stereotype.Component;

/** The negative list as the lists keep it: the entry in force that the words name (the longest matching word wins). */
@Component
class ListedNegativeList implements NegativeList {

    private final WorkListsInForce lists;

    ListedNegativeList(WorkListsInForce lists) {
        this.lists = lists;
    }

    @Override
    public Optional<NegativeEntry> match(String districtPath, String text, LocalDate day) {
        return lists.matchNegative(districtPath, text, day).map(e -> new NegativeEntry(e.id(), e.number(), e.title()));
    }
}
