package org.linli.services.internal;

import java.util.List;

import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The services rules in the rule book: how far a 15-minute walk reaches, how long an errand may
 * take when its service names no limit of its own, and how far from its committee a facility may
 * stand.
 */
@Component
public class ServiceRules implements RuleSet {

    /**
     * A 15-minute walk as a straight-line distance from a household's building to a facility,
     * whole metres: GB 50180-2018 puts the 15-minute circle at 800–1000 m of walking; straight
     * lines are shorter than streets, so a district that wants the detour counted sets a smaller
     * value here (e.g. 80 m/min × 15 min ÷ 1.2 detour = 1000 m).
     */
    public static final Rule<Integer> WALK_METRES = Rule.count("services.walk-metres", "15分钟步行距离（直线）", "米", 200, 3000,
            1000, "《城市居住区规划设计标准》GB 50180-2018：15分钟生活圈居住区步行距离 800～1000 米");
    /** Calendar days, ending at the close of the last day, from the day the errand is asked. */
    public static final Rule<Integer> ERRAND_DAYS = Rule.count("services.errand-days", "代办事项办结时限（自然日）", "天", 1, 60, 5,
            "常见做法：代办帮办事项自受理之日起 5 个自然日内办结，服务项目另有时限的从其规定");
    public static final Rule<Integer> FACILITY_METRES = Rule.count("services.facility-metres", "设施距社区中心最远距离", "米", 500,
            20_000, 3000, "常见做法：设施登记在其服务的社区，一般不超过社区周边 3 公里");

    @Override
    public List<Rule<?>> rules() {
        return List.of(WALK_METRES, ERRAND_DAYS, FACILITY_METRES);
    }
}
