package org.linli.workforce;

import java.util.List;

import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The workforce rules in the rule book: how often each post must be trained ([002] 七: secretaries
 * and directors at least yearly, others at least every two years) and how many households one
 * community worker serves when a committee's staffing is checked (no seed gives a number: 300 is a
 * demo value, common in local rules that staff committees "每 300 户左右配备 1 名"; each region sets its own).
 */
@Component
public class WorkforceRules implements RuleSet {

    private static final String TRAINING = "[002] 七：每年至少对城乡社区党组织书记、村（居）民委员会主任培训一次，其他人员每2年至少培训一次";

    public static final Rule<Integer> TRAINING_YEARS_PRINCIPAL = Rule.count("workforce.training-years-principal",
            "书记、主任培训周期", "年", 1, 5, 1, TRAINING);
    public static final Rule<Integer> TRAINING_YEARS_OTHER = Rule.count("workforce.training-years-other",
            "其他社区工作者培训周期", "年", 1, 5, 2, TRAINING);
    public static final Rule<Integer> HOUSEHOLDS_PER_WORKER = Rule.count("workforce.households-per-worker",
            "每名社区工作者服务户数", "户", 50, 2000, 300,
            "演示值：种子文件未给出户数标准（[001] 十六 按社区规模、人口数量和管辖面积合理配备），各地自定");

    @Override
    public List<Rule<?>> rules() {
        return List.of(TRAINING_YEARS_PRINCIPAL, TRAINING_YEARS_OTHER, HOUSEHOLDS_PER_WORKER);
    }

    /** The training interval of a post, as the rule book's rule for it. */
    public static Rule<Integer> trainingYears(Post post) {
        return post.isPrincipal() ? TRAINING_YEARS_PRINCIPAL : TRAINING_YEARS_OTHER;
    }
}
