package org.linli.casework.internal;

import java.util.List;

import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.calendar.TimeLimit;
import org.linli.rules.Rule;
import org.linli.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The case loop's rules in the rule book (规则手册), each with domain.md's "case-loop practice" as
 * its national default. The four time limits have the case categories as subjects (seeded from
 * the categories as first set up, {@code casework.CategoryDefaults}); a district sets its own for
 * its region from a date on. They are looked up for the case's division on the day they apply
 * ({@link CaseLimits}).
 */
@Component
public class CaseRules implements RuleSet {

    private static final String PRACTICE = "接诉即办通行做法（国办发〔2020〕53号及各地 12345 服务规范）";

    /** To accept (受理) a case; a category's own value first. */
    public static final Rule<TimeLimit> ACCEPT = limit("case.accept-limit", "受理时限", "2wh", PRACTICE);
    /** For a summoned department to check in (报到). */
    public static final Rule<TimeLimit> CHECK_IN = limit("case.check-in-limit", "部门报到时限", "1wh", "吹哨报到通行做法：接哨后 1 小时内签收");
    /** For a summoned department to report back (反馈). */
    public static final Rule<TimeLimit> REPORT = limit("case.report-limit", "部门反馈时限", "5wd", "吹哨报到通行做法：按类别 3 或 5 个工作日内报到反馈");
    /** To finish (办结) a case. */
    public static final Rule<TimeLimit> FINISH = limit("case.finish-limit", "办结时限", "7d", PRACTICE + "：一般诉求 7 日");
    /**
     * Web submissions (a resident's own report on the web form) are accepted within this, in
     * calendar hours, or within the category's limit if that is shorter.
     */
    public static final Rule<TimeLimit> WEB_ACCEPT = limit("case.web-accept-limit", "网上诉求受理时限", "2h",
            "12345 热线服务规范：网上诉求 2 小时内受理");
    /**
     * A case dispatched to a grid (派单), or taken by its grid worker, is handled and handed in for
     * verification within this, per category (3 working days by default; never later than the
     * case's own finishing limit, so an urgent category keeps its hours).
     */
    public static final Rule<TimeLimit> GRID = limit("case.grid-limit", "网格员办理时限", "3wd",
            "网格化服务管理通行做法：派单后网格员 3 个工作日内办理反馈");
    /** After a bad rating, the case is rectified within this many days (calendar days). */
    public static final Rule<Integer> RECTIFICATION_DAYS = Rule.count("case.rectification-days", "差评整改期限", "天", 1, 90, 15,
            "好差评通行做法：差评后 1 日内回访、15 日内整改");
    /** One extension moves a limit at most this many working days further. */
    public static final Rule<Integer> EXTENSION_CAP = Rule.count("case.extension-cap", "一次延期上限", "个工作日", 1, 60, 15,
            "延期通行做法：届满前申请，经批准一次延长不超过 15 个工作日");
    /** A case reported by a point is placed at the nearest building within this distance, else in its grid. */
    public static final Rule<Integer> BUILDING_METRES = Rule.count("case.building-metres", "按位置定位楼栋的距离", "米", 5, 500, 50,
            "网格化通行做法：手机定位误差约数十米，50 米内取最近楼栋，否则只定位到网格");

    private final Categories categories;

    CaseRules(Categories categories) {
        this.categories = categories;
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(ACCEPT, CHECK_IN, REPORT, FINISH, GRID, WEB_ACCEPT, RECTIFICATION_DAYS, EXTENSION_CAP, BUILDING_METRES);
    }

    /** The limits' subjects are categories: the book's page names them as the catalogue does. */
    @Override
    public String subjectLabel(Rule<?> rule, String subject) {
        return categories.find(subject).map(Category::name).orElse(subject);
    }

    private static Rule<TimeLimit> limit(String key, String label, String defaultValue, String source) {
        return Rule.of(key, label, TimeLimit::parse, TimeLimit::code, defaultValue, source);
    }
}
