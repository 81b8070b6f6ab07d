package org.linli.emergency.preparedness;

import java.util.List;

import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/** The emergency module's rules in the rule book: how long before its expiry a reserve is flagged. */
@Component
public class EmergencyRules implements RuleSet {

    /** A reserve expiring within this many days is flagged 即将过期 (expired ones are flagged 已过期). */
    public static final Rule<Integer> RESERVE_WARNING_DAYS = Rule.count("emergency.reserve-warning-days", "应急物资临期提醒天数", "天",
            1, 365, 30, "加强应急物资储备保障（[004] 四）：临期物资提前一个月轮换补充");

    @Override
    public List<Rule<?>> rules() {
        return List.of(RESERVE_WARNING_DAYS);
    }
}
