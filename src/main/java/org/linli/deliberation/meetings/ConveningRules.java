package org.linli.deliberation.meetings;

import org.linli.division.Division;
import org.springframework.stereotype.Component;

/**
 * The regional rules convening depends on: the days of notice a villagers' meeting is announced
 * ahead (村民委员会组织法 art. 21: ten), and the share of women among the villagers'
 * representatives' meeting (art. 25: one third).
 */
@Component
class ConveningRules {

    int noticeDays(Division committee) {
        return 10;
    }

    boolean womenShareReached(Division committee, long women, long members) {
        return 3 * women >= members;
    }

    String womenShareLabel(Division committee) {
        return "三分之一";
    }
}
