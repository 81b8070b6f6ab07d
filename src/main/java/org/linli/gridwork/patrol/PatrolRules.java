package org.linli.gridwork.patrol;

import java.util.List;

import org.linli.rules.Fraction;
import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The patrol rules in the rule book: "twice a day, the whole grid each month" (一日两巡，月全覆盖,
 * [002] 五) as the national defaults of how many patrols a grid needs each day and which share of
 * its buildings its patrols pass each month; a district or street sets its own on {@code /rules}.
 * The other two say how a patrol is recorded: how near a recorded position ticks a building by
 * itself, and after how many hours a patrol left open ends by itself.
 */
@Component
public class PatrolRules implements RuleSet {

    private static final String TWICE_A_DAY = "网格员\u201c一日两巡，月全覆盖\u201d（[002] 五）";

    /** Patrols a grid needs each day, counted by the day they start. */
    public static final Rule<Integer> PER_DAY = Rule.count("gridwork.patrols-per-day", "网格每日巡查次数", "次", 1, 10, 2,
            TWICE_A_DAY);
    /** The share of a grid's buildings its patrols pass in a month. */
    public static final Rule<Fraction> BUILDING_SHARE = Rule.share("gridwork.building-share-monthly", "网格楼栋每月巡查覆盖比例",
            new Fraction(1, 1), TWICE_A_DAY);
    /** A building within this distance of a recorded position is ticked by itself. */
    public static final Rule<Integer> TICK_METRES = Rule.count("gridwork.tick-metres", "巡查自动勾选楼栋的距离", "米", 5, 200, 30,
            "手机定位误差约十余米至数十米：30 米内视为经过该楼栋");
    /** A patrol still open this many hours after it started ends by itself, at that hour. */
    public static final Rule<Integer> OPEN_HOURS = Rule.count("gridwork.patrol-hours", "巡查自动结束时限", "小时", 1, 24, 4,
            "一次巡查一般不超过半天；忘记结束的巡查按此时限自动结束");

    @Override
    public List<Rule<?>> rules() {
        return List.of(PER_DAY, BUILDING_SHARE, TICK_METRES, OPEN_HOURS);
    }
}
