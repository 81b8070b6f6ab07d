package org.linli.disclosure;

import java.util.List;

import org.linli.rules.Rule;
import org.linli.rules.RuleBook;
import org.linli.rules.RuleSet;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The disclosure rules in the rule book: how often each kind of matter is disclosed, within how
 * many days after its period, how long a posting stays on the board, and within how many days a
 * resolution is posted. The subject of the first three is the item's kind ({@link Kind}); the
 * national defaults are the law's (村民委员会组织法 art. 30) and common practice.
 */
@Component
class DisclosureRules implements RuleSet, SmartInitializingSingleton {

    private static final String ART_30 = "村民委员会组织法第三十条：一般事项至少每季度公布一次；集体财务往来较多的，"
            + "财务收支情况应当每月公布一次；涉及村民利益的重大事项应当随时公布";

    public static final Rule<Frequency> FREQUENCY = Rule.of("disclosure.frequency", "公开频次", Frequency::parse,
            Frequency::word, Frequency.QUARTERLY.word(), ART_30);
    public static final Rule<Integer> GRACE_DAYS = Rule.count("disclosure.grace-days", "期满后公开时限", "天", 0, 90, 10,
            "常见做法：每期结束后 10 日内公布");
    public static final Rule<Integer> DISPLAY_DAYS = Rule.count("disclosure.display-days", "公示期", "天", 1, 366, 30,
            "常见做法：公开内容公示不少于 30 日");
    public static final Rule<Integer> MAJOR_GRACE_DAYS = Rule.count("disclosure.major-grace-days", "重大事项公开时限", "天", 0, 30, 5,
            ART_30 + "；常见做法：决议通过后 5 日内公布");

    private final RuleBook book;

    DisclosureRules(RuleBook book) {
        this.book = book;
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(FREQUENCY, GRACE_DAYS, DISPLAY_DAYS, MAJOR_GRACE_DAYS);
    }

    /**
     * Each kind's national default, stored once at start-up, so that a district may set a value
     * for one kind (the book takes values only for subjects it knows). Major matters have no
     * periods; their grace days are {@link #MAJOR_GRACE_DAYS}.
     */
    @Override
    public void afterSingletonsInstantiated() {
        String practice = "常见做法";
        book.seed(FREQUENCY, Kind.GENERAL.name(), Frequency.QUARTERLY.word(), ART_30);
        book.seed(FREQUENCY, Kind.FINANCE.name(), Frequency.MONTHLY.word(), ART_30);
        book.seed(FREQUENCY, Kind.WELFARE.name(), Frequency.QUARTERLY.word(), ART_30);
        book.seed(FREQUENCY, Kind.MAJOR.name(), Frequency.AT_ONCE.word(), ART_30);
        book.seed(FREQUENCY, Kind.MICRO_POWER.name(), Frequency.YEARLY.word(), practice + "：小微权力清单每年公布（[000] 11）");
        for (Kind kind : List.of(Kind.GENERAL, Kind.FINANCE, Kind.WELFARE)) {
            book.seed(GRACE_DAYS, kind.name(), "10", practice + "：每期结束后 10 日内公布");
        }
        book.seed(GRACE_DAYS, Kind.MICRO_POWER.name(), "31", practice + "：上年度清单于 1 月底前公布");
        book.seed(DISPLAY_DAYS, Kind.GENERAL.name(), "90", practice + "：季度公开事项公示至下季度");
        book.seed(DISPLAY_DAYS, Kind.FINANCE.name(), "30", practice + "：月度财务公示 30 日");
        book.seed(DISPLAY_DAYS, Kind.WELFARE.name(), "90", practice + "：季度公开事项公示至下季度");
        book.seed(DISPLAY_DAYS, Kind.MAJOR.name(), "30", practice + "：重大事项公示不少于 30 日");
        book.seed(DISPLAY_DAYS, Kind.MICRO_POWER.name(), "366", practice + "：小微权力清单全年公示");
    }

    /** The rule book page names a subject by its kind's label (财务收支, not FINANCE). */
    @Override
    public String subjectLabel(Rule<?> rule, String subject) {
        try {
            return Kind.valueOf(subject).label();
        } catch (IllegalArgumentException e) {
            return subject;
        }
    }
}
