package org.linli.deliberation;

import java.util.List;

import org.linli.rules.Fraction;
import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * Deliberation's rules in the rule book: the evaluation thresholds that flag a topic for
 * rectification, and the two conditions of village meetings a region may make stricter than the
 * law (its longer notice, its larger share of women). The organic laws' quorums are law for every
 * region and stay values of {@code MeetingKind}.
 */
@Component
public class DeliberationRules implements RuleSet {

    /**
     * A third of the evaluations 不满意 flags a topic: the share the organic laws treat as weighty
     * enough to make a committee act on its members' request (a third of the residents' groups,
     * urban law art. 9; a third of the villagers' representatives, village law art. 21).
     */
    public static final Rule<Fraction> DISSATISFIED_SHARE = Rule.share("deliberation.dissatisfied-share",
            "议事决策评价中“不满意”达到此比例即需整改", new Fraction(1, 3),
            "三分之一：城市居民委员会组织法第九条、村民委员会组织法第二十一条");

    /** The share counts only from this many evaluations, so that one unhappy person among the first two does not flag a topic. */
    public static final Rule<Integer> EVALUATIONS_FOR_FLAG = Rule.count("deliberation.evaluations-for-flag",
            "按比例判定需整改所需的最少评价份数", "份", 1, 100, 3, "邻里默认");

    /** Villagers are told of their meeting ten days ahead (村民委员会组织法 art. 21); a region may ask for more, never less. */
    public static final Rule<Integer> VILLAGERS_MEETING_NOTICE = Rule.count("deliberation.villagers-meeting-notice-days",
            "召开村民会议提前通知村民的天数", "天", 10, 60, 10, "村民委员会组织法第二十一条");

    /** Women representatives are at least a third of the villagers' representatives' meeting (村民委员会组织法 art. 25). */
    public static final Rule<Fraction> WOMEN_SHARE = Rule.share("deliberation.women-share",
            "村民代表会议中妇女村民代表至少占组成人员的比例", new Fraction(1, 3), "村民委员会组织法第二十五条");

    @Override
    public List<Rule<?>> rules() {
        return List.of(DISSATISFIED_SHARE, EVALUATIONS_FOR_FLAG, VILLAGERS_MEETING_NOTICE, WOMEN_SHARE);
    }

    private static final String DIGITS = "零一二三四五六七八九十";

    /** A share in words as the laws write it: 1/3 is 三分之一, 2/5 五分之二; larger numbers in digits. */
    public static String words(Fraction share) {
        return number(share.denominator()) + "分之" + number(share.numerator());
    }

    private static String number(int n) {
        return n <= 10 ? String.valueOf(DIGITS.charAt(n)) : String.valueOf(n);
    }
}
