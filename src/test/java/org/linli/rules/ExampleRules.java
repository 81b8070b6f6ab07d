package org.linli.rules;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Rules declared for the rule book's own tests only (the modules declare the real ones). Each test
 * uses its own rules, since the tests of one context share one database.
 */
@Component
public class ExampleRules implements RuleSet {

    private static final Pattern LIMIT = Pattern.compile("\\d{1,3}[hd]");

    /** Region precedence. */
    public static final Rule<Integer> REGIONS = Rule.count("rules.example-regions", "回访期限", "天", 1, 60, 15, "示例依据");
    /** Effective dates. */
    public static final Rule<Integer> DATES = Rule.count("rules.example-dates", "整改期限", "天", 1, 60, 15, "示例依据");
    /** Subjects and validation of other types. */
    public static final Rule<String> LIMITS = Rule.of("rules.example-limits", "办理时限", ExampleRules::limit,
            text -> text, "7d", "示例做法");
    /** Shares. */
    public static final Rule<Fraction> SHARE = Rule.share("rules.example-share", "女性成员比例", new Fraction(1, 3),
            "村民委员会组织法第二十五条");
    /** Cancelling. */
    public static final Rule<Integer> CANCEL = Rule.count("rules.example-cancel", "公开宽限", "天", 0, 30, 3, "示例依据");
    /** The page's MockMvc test. */
    public static final Rule<Integer> PAGE = Rule.count("rules.example-page", "延期上限", "个工作日", 1, 60, 15, "示例依据");
    /** The browser test. */
    public static final Rule<Fraction> BROWSER = Rule.share("rules.example-browser", "不满意比例", new Fraction(1, 3),
            "示例依据");

    @Override
    public List<Rule<?>> rules() {
        return List.of(REGIONS, DATES, LIMITS, SHARE, CANCEL, PAGE, BROWSER);
    }

    @Override
    public String subjectLabel(Rule<?> rule, String subject) {
        return rule == LIMITS && subject.equals("WATER") ? "水电气暖" : subject;
    }

    /** A time limit such as 2h or 7d; anything else is refused with the reason in Chinese. */
    static String limit(String text) {
        if (!LIMIT.matcher(text).matches()) {
            throw new IllegalArgumentException("时限应写作 2h 或 7d 的形式");
        }
        return text;
    }
}
