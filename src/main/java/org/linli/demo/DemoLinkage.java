package org.linli.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.linkage.LinkageLoader;
import org.linli.linkage.ServiceKind;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The five-party linkage of 五塔北街社区 and its neighbour 150104001004: residents' needs and the
 * resources around them, two social organisations (one filed, one waiting for the street), social
 * workers, three projects (one finished, whose result goes on the disclosure board) and a
 * community fund with donations and spending. Each committee is loaded once.
 */
@Component
@Order(26)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoLinkage implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLinkage.class);
    private static final String NEIGHBOUR = "150104001004";

    private final LinkageLoader loader;
    private final Divisions divisions;
    private final Accounts accounts;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoLinkage(LinkageLoader loader, Divisions divisions, Accounts accounts, Clock clock, PlatformTransactionManager transactions) {
        this.loader = loader;
        this.divisions = divisions;
        this.accounts = accounts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        Division committee = divisions.findByCode(DemoDistrict.COMMITTEE).orElse(null);
        if (committee == null || accounts.findByUsername("worker").isEmpty()) {
            return;
        }
        if (!loader.loaded(committee.path())) {
            // One transaction per committee, so a start that fails half-way leaves nothing to skip next time.
            transaction.executeWithoutResult(tx -> wuta(committee, user("worker"), user("street")));
            log.info("演示五社联动：{} 的需求、资源、项目、社会组织和社区基金已登记", committee.name());
        }
        divisions.findByCode(NEIGHBOUR).filter(n -> !loader.loaded(n.path())).ifPresent(n -> transaction.executeWithoutResult(tx -> neighbour(n)));
    }

    private void wuta(Division committee, CurrentUser worker, CurrentUser street) {
        LocalDate today = LocalDate.now(clock);
        List<Division> estates = places(committee, Level.ESTATE);
        String first = estates.isEmpty() ? null : estates.get(0).code();
        String second = estates.size() > 1 ? estates.get(1).code() : first;
        long meals = loader.need(worker, ServiceKind.ELDERLY, "独居老人午餐助餐", "小区内 80 岁以上独居老人希望就近解决午餐", 18, first);
        long homework = loader.need(worker, ServiceKind.CHILDREN, "双职工家庭儿童放学后托管", "放学后至 18 时无人看护的小学生", 25, second);
        loader.need(worker, ServiceKind.LEGAL, "老旧小区物业纠纷法律咨询", "物业费和维修基金使用的咨询", 40, null);
        loader.need(worker, ServiceKind.HEALTH, "慢性病老人上门测血压", "行动不便的高血压老人", 12, second);
        long canteen = loader.resource(worker, ServiceKind.ELDERLY, "社区长者食堂", "五塔北街社区养老服务站", "每日 11:30–13:00 供应午餐，可送餐上门", first);
        loader.resource(worker, ServiceKind.ELDERLY, "爱心餐馆助餐点", "巧报餐饮店", "老人凭卡就餐八折", second);
        long classroom = loader.resource(worker, ServiceKind.CHILDREN, "四点半课堂", "社区党群服务中心", "工作日 16:30–18:00，大学生志愿者辅导作业", null);
        loader.resource(worker, ServiceKind.LEGAL, "律师进社区", "某律师事务所", "每月第二个周六上午驻点咨询", null);
        loader.resource(worker, ServiceKind.HEALTH, "家庭医生签约服务", "玉泉区社区卫生服务中心", "签约老人每月一次上门随访", first);

        long volunteers = loader.organisation(worker, "五塔北街邻里互助会", "LIVING", "王桂兰", 36, "组织居民邻里互助、助老助残、代购代办");
        String number = loader.accept(street, volunteers);
        loader.organisation(worker, "五塔北街广场舞队", "CULTURE_SPORTS", "刘淑琴", 28, "组织居民健身舞蹈活动，参加街道文艺演出");
        long li = loader.socialWorker(worker, "李晓燕", "WORKER", "S2019150100123", 2019, volunteers);
        long zhao = loader.socialWorker(worker, "赵磊", "ASSISTANT", "A2022150100456", 2022, null);

        long lunch = loader.project(worker, "长者助餐服务", ServiceKind.ELDERLY, new BigDecimal("30000.00"), today.minusDays(90),
                today.minusDays(10), 18, "王桂兰、张建国、李秀珍", meals, canteen, List.of(volunteers), List.of(li));
        long afterSchool = loader.project(worker, "四点半课堂", ServiceKind.CHILDREN, new BigDecimal("12000.00"), today.minusDays(30),
                today.plusDays(150), 25, "刘洋、陈思、王磊", homework, classroom, List.of(), List.of(zhao));
        loader.project(worker, "律师进社区普法讲座", ServiceKind.LEGAL, new BigDecimal("3000.00"), today.plusDays(10), today.plusDays(40),
                0, "", null, null, List.of(), List.of(li));
        loader.start(worker, lunch);
        loader.start(worker, afterSchool);

        loader.donation(worker, new BigDecimal("20000.00"), today.minusDays(95), "玉泉区爱心企业联合会", false, "长者助餐", lunch);
        loader.donation(worker, new BigDecimal("500.00"), today.minusDays(80), "陈淑芬", true, "长者助餐", lunch);
        loader.donation(worker, new BigDecimal("8000.00"), today.minusDays(35), "玉泉区慈善总会", false, "四点半课堂", afterSchool);
        loader.donation(worker, new BigDecimal("200.00"), today.minusDays(20), "张伟", true, "社区基金", null);
        loader.spending(worker, new BigDecimal("18600.00"), today.minusDays(12), "五塔北街社区养老服务站", "助餐食材和送餐补贴（三个月）", lunch);
        loader.spending(worker, new BigDecimal("2400.00"), today.minusDays(5), "玉泉区某文具店", "课堂文具和绘本", afterSchool);
        loader.finish(worker, lunch, "三个月共为 18 位独居老人供餐 1,560 人次，送餐上门 420 人次；老人满意率 97%。"
                + "基金支出 18,600 元，余款转入下一期助餐。", today.minusDays(10));
        log.info("演示社会组织“五塔北街邻里互助会”已备案，编号 {}", number);
    }

    private void neighbour(Division committee) {
        CurrentUser worker = new DemoUser(0, "demo", "演示", Role.COMMUNITY_WORKER, committee.id(), new DataScope(committee.path()));
        LocalDate today = LocalDate.now(clock);
        long need = loader.need(worker, ServiceKind.ENVIRONMENT, "楼道杂物清理和绿化", "老旧楼道堆物多，绿地缺人照看", 120, null);
        long resource = loader.resource(worker, ServiceKind.ENVIRONMENT, "物业志愿清扫队", "某物业服务公司", "每周六上午", null);
        loader.resource(worker, ServiceKind.ELDERLY, "老年活动室", "社区居委会", "每日开放，可提供午休", null);
        long project = loader.project(worker, "美丽楼道行动", ServiceKind.ENVIRONMENT, new BigDecimal("5000.00"), today.minusDays(20),
                today.plusDays(40), 60, "", need, resource, List.of(), List.of());
        loader.start(worker, project);
        loader.donation(worker, new BigDecimal("3000.00"), today.minusDays(18), "某物业服务公司", false, "美丽楼道行动", project);
        loader.donation(worker, new BigDecimal("300.00"), today.minusDays(15), "刘志强", true, "美丽楼道行动", project);
        loader.spending(worker, new BigDecimal("1280.50"), today.minusDays(7), "玉泉区某园林绿化店", "绿植和花盆", project);
        log.info("演示五社联动：{} 的需求、项目和社区基金已登记", committee.name());
    }

    private List<Division> places(Division committee, Level level) {
        return divisions.search("", new DataScope(committee.path()), List.of(level), 10).stream()
                .sorted(java.util.Comparator.comparing(Division::code)).toList();
    }

    private CurrentUser user(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        return DemoUser.of(a);
    }
}
