package org.linli.services.internal;

import java.math.BigDecimal;
import java.util.List;

import org.linli.rules.Fraction;
import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The services rules in the rule book: how far a 15-minute walk reaches, how long an errand may
 * take when its service names no limit of its own, how far from its committee a facility may
 * stand, and the facility standards beside the sizing rules' floor area per 100 households.
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
    /** Working days on the working calendar, after the day the errand is asked, to the end of the last one. */
    public static final Rule<Integer> ERRAND_DAYS = Rule.count("services.errand-days", "代办事项办结时限（工作日）", "个工作日", 1, 60,
            5, "常见做法：代办帮办事项自受理次日起 5 个工作日内办结，服务项目另有时限的从其规定");
    public static final Rule<Integer> FACILITY_METRES = Rule.count("services.facility-metres", "设施距社区中心最远距离", "米", 500,
            20_000, 3000, "常见做法：设施登记在其服务的社区，一般不超过社区周边 3 公里");

    public static final Rule<Fraction> RESIDENT_SPACE_SHARE = Rule.share("services.resident-space-share",
            "服务中心居民服务用房占比下限", new Fraction(4, 5),
            "[002] 五：坚持社区服务区域最大化（80%以上）、行政区域最小化、服务功能最优化");
    public static final Rule<Fraction> DAY_CARE_COVERAGE = Rule.share("services.day-care-coverage", "社区日间照料机构覆盖率下限",
            new Fraction(4, 5), "[000] 附件3：社区日间照料机构覆盖率达到80%以上");
    public static final Rule<Fraction> NURSING_BED_SHARE = Rule.share("services.nursing-bed-share", "养老院护理型床位占比下限",
            new Fraction(3, 10), "[000] 附件3：涉改乡镇敬老院护理型床位占比不低于30%");
    public static final Rule<Integer> STREET_CENTRE_M2 = Rule.count("services.street-centre-m2", "街道党群服务中心最小面积", "平方米",
            100, 20_000, 1000, "[001] 九：街道党群服务中心面积不少于1000平方米");
    /** Places for children under three per 1,000 residents, one decimal. */
    public static final Rule<BigDecimal> CHILDCARE_PER_THOUSAND = Rule.of("services.childcare-per-thousand",
            "每千人口3岁以下婴幼儿托位数下限", ServiceRules::perThousand, v -> v.stripTrailingZeros().toPlainString(), "4.5",
            "演示值：[002] 要求发展普惠托育，未给出数字；国家“十四五”规划以每千人口 4.5 个托位为目标，各地自定");

    @Override
    public List<Rule<?>> rules() {
        return List.of(WALK_METRES, ERRAND_DAYS, FACILITY_METRES, RESIDENT_SPACE_SHARE, DAY_CARE_COVERAGE, NURSING_BED_SHARE,
                STREET_CENTRE_M2, CHILDCARE_PER_THOUSAND);
    }

    private static BigDecimal perThousand(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("请填写数字，如 4.5");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 1) {
            throw new IllegalArgumentException("应为 0 到 100 之间、最多 1 位小数的数字");
        }
        return value;
    }
}
