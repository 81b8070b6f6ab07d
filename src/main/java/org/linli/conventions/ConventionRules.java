package org.linli.conventions;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The conventions module's rules in the rule book: how long a red or black list entry stays on
 * notice for appeal before it may be published, and the year's points a household needs for each
 * star of the star civilised households' appraisal.
 */
@Component
public class ConventionRules implements RuleSet {

    public static final Rule<Integer> APPEAL_DAYS = Rule.count("conventions.appeal-days", "红黑榜公示申诉期", "天", 1, 60, 7,
            "常见做法：红黑榜公示不少于 7 日，公示期内可提出异议");

    public static final Rule<List<Integer>> STAR_THRESHOLDS = Rule.of("conventions.star-thresholds", "星级文明户积分线",
            ConventionRules::thresholds, ConventionRules::format, "60,80,100,120,150",
            "常见做法：按年度积分评定一至五星级文明户，积分线由村（居）民会议确定");

    @Override
    public List<Rule<?>> rules() {
        return List.of(APPEAL_DAYS, STAR_THRESHOLDS);
    }

    /** One to five rising thresholds, one per star, separated by commas. */
    static List<Integer> thresholds(String text) {
        List<Integer> values;
        try {
            values = Arrays.stream(text.split("[,，]")).map(String::strip).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("积分线应写作以逗号分隔的整数，如 60,80,100,120,150");
        }
        if (values.isEmpty() || values.size() > 5) {
            throw new IllegalArgumentException("应有一至五个积分线，每星一个");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) <= 0 || i > 0 && values.get(i) <= values.get(i - 1)) {
                throw new IllegalArgumentException("积分线应为递增的正整数");
            }
        }
        return values;
    }

    static String format(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
