package org.linli.casework;

import org.linli.casework.internal.CaseRules;
import org.linli.rules.RuleBook;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Each category's time limits as first set up (the columns of {@code case_category}, which are no
 * longer edited) become the national defaults of the rule book's limits for that category, once,
 * at start-up before any request: a region's values are then set in the book.
 */
@Component
class CategoryDefaults implements SmartInitializingSingleton {

    private static final String SOURCE = "诉求类别的初始设定";

    private final CategoryStore store;
    private final RuleBook book;

    CategoryDefaults(CategoryStore store, RuleBook book) {
        this.store = store;
        this.book = book;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (CategoryStore.FirstLimits c : store.firstLimits()) {
            book.seed(CaseRules.ACCEPT, c.code(), c.acceptLimit(), SOURCE);
            book.seed(CaseRules.CHECK_IN, c.code(), c.checkinLimit(), SOURCE);
            book.seed(CaseRules.REPORT, c.code(), c.reportLimit(), SOURCE);
            book.seed(CaseRules.FINISH, c.code(), c.finishLimit(), SOURCE);
        }
    }
}
