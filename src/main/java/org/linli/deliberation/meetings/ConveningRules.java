package org.linli.deliberation.meetings;

import org.linli.deliberation.DeliberationRules;
import org.linli.division.Division;
import org.linli.rules.Fraction;
import org.linli.rules.RuleBook;
import org.springframework.stereotype.Component;

/**
 * The rule book's values convening depends on, for the committee's region on the day of
 * convening: the days of notice a villagers' meeting is announced ahead, and the share of women
 * among the villagers' representatives' meeting.
 */
@Component
class ConveningRules {

    private final RuleBook book;

    ConveningRules(RuleBook book) {
        this.book = book;
    }

    int noticeDays(Division committee) {
        return book.today(DeliberationRules.VILLAGERS_MEETING_NOTICE, committee.path());
    }

    boolean womenShareReached(Division committee, long women, long members) {
        return womenShare(committee).reachedBy(women, members);
    }

    String womenShareLabel(Division committee) {
        return DeliberationRules.words(womenShare(committee));
    }

    private Fraction womenShare(Division committee) {
        return book.today(DeliberationRules.WOMEN_SHARE, committee.path());
    }
}
