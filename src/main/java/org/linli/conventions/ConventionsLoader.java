package org.linli.conventions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.linli.conventions.charter.Conventions;
import org.linli.conventions.lists.HonourList;
import org.linli.conventions.lists.HonourLists;
import org.linli.conventions.points.AppliesTo;
import org.linli.conventions.points.AwardForm;
import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.Per;
import org.linli.conventions.points.PointsLog;
import org.linli.conventions.points.PointsRules;
import org.linli.conventions.points.RuleForm;
import org.linli.conventions.stars.Stars;
import org.linli.deliberation.Bindings;
import org.linli.division.Division;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo committee's convention and points, loaded once through the use cases: a 居民公约 adopted
 * and filed, the points rules, a year and a half of entries for several households (the bound
 * resident's among them), last year's star households, a published red list and a black-list
 * entry still in its appeal period.
 */
@Service
public class ConventionsLoader {

    static final String TITLE = "五塔北街社区居民公约";
    static final String BODY = """
            第一条 遵守法律法规，爱党爱国，维护社区安定团结。
            第二条 爱护公共设施和绿化，不乱停车辆，不占用消防通道。
            第三条 垃圾分类投放，不高空抛物，文明饲养宠物。
            第四条 邻里互帮互助，关心孤寡老人和困难家庭，积极参加志愿服务。
            第五条 移风易俗，婚事新办、丧事简办，不大操大办。
            第六条 积极参加居民会议和议事协商，依法表达意见。
            第七条 本公约实行积分制管理，积分计入户，评定星级文明户，设红黑榜公示。""";

    private final Conventions conventions;
    private final PointsRules rules;
    private final PointsLog log;
    private final HonourLists lists;
    private final Stars stars;
    private final CommitteeOf committees;
    private final CommitteeResidents residents;
    private final Bindings bindings;
    private final Clock clock;

    ConventionsLoader(Conventions conventions, PointsRules rules, PointsLog log, HonourLists lists, Stars stars, CommitteeOf committees,
                      CommitteeResidents residents, Bindings bindings, Clock clock) {
        this.conventions = conventions;
        this.rules = rules;
        this.log = log;
        this.lists = lists;
        this.stars = stars;
        this.committees = committees;
        this.residents = residents;
        this.bindings = bindings;
        this.clock = clock;
    }

    /** Whether the worker's committee has its points rules already (the demo loaded once). */
    public boolean loaded(CurrentUser worker) {
        return !rules.list(worker).isEmpty();
    }

    /** The demo's rules, by what they are for. */
    private record Rules(long volunteer, long sorting, long meeting, long clean, long parking, long litter) {
    }

    /** Loads the committee's convention and points as the worker (and the bound resident's account, if any). */
    @Transactional
    public void load(CurrentUser worker, Long residentAccountId) {
        Division committee = committees.of(worker);
        LocalDate today = LocalDate.now(clock);
        LocalDate lastYear = LocalDate.of(today.getYear() - 1, 1, 1);
        conventions.ensureFiled(committee, TITLE, BODY, null, lastYear.plusDays(40), lastYear.plusDays(55), "小召前街备字〔"
                + lastYear.getYear() + "〕3号", worker.username());
        Rules rules = rules(worker, lastYear);
        List<ResidentView> heads = new ArrayList<>(residents.heads(residents.households(committee.path(), today).stream().limit(8).toList()));
        Bindings.Bound own = residentAccountId == null ? null : bindings.of(residentAccountId).orElse(null);
        heads.removeIf(h -> own != null && h.householdId() == own.householdId());
        neighbours(heads, rules, lastYear, today, worker);
        if (own != null) {
            ResidentView me = residents.find(List.of(own.residentId())).getFirst();
            award(me, rules.sorting(), today.minusDays(40), "垃圾分类准确投放，楼长检查", worker);
            award(me, rules.volunteer(), BigDecimal.valueOf(2), today.minusDays(25), "到社区日间照料中心陪伴老人", worker);
            award(me, rules.meeting(), today.minusDays(14), "参加居民会议讨论加装电梯", worker);
            award(me, rules.parking(), today.minusDays(5), "在消防通道停放电动车", worker);
        }
        List<Long> candidates = stars.candidates(worker, lastYear.getYear()).stream().map(Stars.Candidate::householdId).toList();
        if (!candidates.isEmpty()) {
            stars.confirm(lastYear.getYear(), candidates, worker);
        }
        if (heads.size() > 6) {
            lists.seed(committee, heads.get(0), HonourList.RED, "常年义务打扫楼道，带动邻里参加志愿服务", 20, true, worker.username());
            lists.seed(committee, heads.get(1), HonourList.RED, "垃圾分类示范户", 20, true, worker.username());
            lists.seed(committee, heads.get(6), HonourList.BLACK, "高空抛物，经劝导仍未改正", 2, false, worker.username());
        }
    }

    private Rules rules(CurrentUser worker, LocalDate from) {
        return new Rules(
                this.rules.add(new RuleForm("志愿服务", 2, Per.VOLUNTEER_HOUR, AppliesTo.PERSON, from, null), worker),
                this.rules.add(new RuleForm("垃圾分类准确投放", 5, Per.OCCURRENCE, AppliesTo.HOUSEHOLD, from, null), worker),
                this.rules.add(new RuleForm("参加居民会议", 3, Per.OCCURRENCE, AppliesTo.PERSON, from, null), worker),
                this.rules.add(new RuleForm("庭院楼道整洁", 10, Per.OCCURRENCE, AppliesTo.HOUSEHOLD, from, null), worker),
                this.rules.add(new RuleForm("占用消防通道停车", -10, Per.OCCURRENCE, AppliesTo.HOUSEHOLD, from, null), worker),
                this.rules.add(new RuleForm("高空抛物", -20, Per.OCCURRENCE, AppliesTo.HOUSEHOLD, from, null), worker));
    }

    /** A year and a half of entries for the neighbours: the first the most, so that last year's stars differ. */
    private void neighbours(List<ResidentView> heads, Rules rules, LocalDate lastYear, LocalDate today, CurrentUser worker) {
        for (int i = 0; i < heads.size(); i++) {
            ResidentView h = heads.get(i);
            for (int k = 0; k < 8 - i; k++) {
                award(h, k % 2 == 0 ? rules.clean() : rules.sorting(), lastYear.plusDays(30L * k + i), "入户检查", worker);
                award(h, rules.volunteer(), BigDecimal.valueOf(3), lastYear.plusDays(30L * k + 10), "社区环境整治志愿服务", worker);
            }
            award(h, rules.meeting(), lastYear.plusMonths(6), "参加年度居民会议", worker);
            if (i == 5) {
                award(h, rules.parking(), today.minusDays(20), "在消防通道停放私家车，经劝导后挪走", worker);
            }
            if (i == 6) {
                award(h, rules.litter(), today.minusDays(3), "从楼上扔下垃圾袋，经楼长核实", worker);
            }
        }
    }

    private void award(ResidentView who, long rule, LocalDate day, String reason, CurrentUser worker) {
        award(who, rule, BigDecimal.ONE, day, reason, worker);
    }

    private void award(ResidentView who, long rule, BigDecimal quantity, LocalDate day, String reason, CurrentUser worker) {
        log.award(new AwardForm(who.id(), rule, quantity, day, reason), worker);
    }
}
