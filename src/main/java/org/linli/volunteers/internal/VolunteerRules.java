package org.linli.volunteers.internal;

import java.util.List;

import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * How volunteer hours are counted, in the rule book so a district or street sets its own: the step
 * hours are rounded to, how long after an activity's end a forgotten sign-out closes by itself, how
 * early sign-in opens, and how soon a second scan counts as a repeated sign-in rather than a sign-out.
 */
@Component
public class VolunteerRules implements RuleSet {

    private static final String PRACTICE = "志愿服务记录与证明出具办法：服务时长按签到签退记录，由组织者确认";

    /** Minutes are rounded to the nearest multiple of this (a quarter hour). */
    public static final Rule<Integer> ROUND_MINUTES = Rule.count("volunteers.round-minutes", "志愿服务时长取整单位", "分钟", 1, 60, 15,
            PRACTICE + "；按刻钟取整");
    /** An attendance still signed in this long after the activity's end is counted to the end and flagged 待确认. */
    public static final Rule<Integer> GRACE_MINUTES = Rule.count("volunteers.sign-out-grace", "忘记签退的宽限时间", "分钟", 0, 720, 60,
            PRACTICE + "；活动结束后宽限期内仍可签退，逾期按活动结束时间计并待组织者确认");
    /** Sign-in opens this long before the activity starts. */
    public static final Rule<Integer> EARLY_MINUTES = Rule.count("volunteers.early-sign-in", "提前签到时间", "分钟", 0, 240, 60,
            "志愿者可在活动开始前到场签到");
    /** A second scan this soon after signing in is refused as signing in twice (not taken as a sign-out). */
    public static final Rule<Integer> REPEAT_MINUTES = Rule.count("volunteers.repeat-scan", "重复扫码间隔", "分钟", 0, 60, 5,
            "防止连续扫码误签退");

    @Override
    public List<Rule<?>> rules() {
        return List.of(ROUND_MINUTES, GRACE_MINUTES, EARLY_MINUTES, REPEAT_MINUTES);
    }
}
