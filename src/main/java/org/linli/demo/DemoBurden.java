package org.linli.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.linli.workitems.Admissions;
import org.linli.workitems.BurdenRecord;
import org.linli.workitems.WorkItemApplication;
import org.linli.workitems.WorkItemKind;
import org.linli.workitems.WorkItemsLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district's burden inventory and admissions, from Yuquan's own report [001] 五–八: 419
 * plaques found and 189 kept (each residents' committee keeps its Party organisation's, its own and
 * the civilisation practice station's), the 90 reports and ledgers of the two pilot committees cut
 * to 36, 29 appraisals, 21 inspections and 11 letters of responsibility; and a few applications (one
 * pending, one admitted with its funding, one the negative list refuses) and a committee's report of
 * unadmitted work. Each part is loaded once.
 */
@Component
@Order(22)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoBurden implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBurden.class);
    private static final LocalDate PLAQUES_REMOVED = LocalDate.of(2024, 6, 30);
    private static final LocalDate LEDGERS_MERGED = LocalDate.of(2024, 9, 30);
    private static final List<String> PILOTS = List.of("150104007014", "150104007015");

    private static final String[] KEPT_PLAQUES = {"社区党组织", "社区居民委员会", "新时代文明实践站"};
    private static final String[] KEPT_PLAQUE_DEPARTMENTS = {"区委组织部", "区民政局", "区委宣传部"};
    private static final String[] REMOVED_PLAQUES = {"综治中心", "禁毒工作站", "老年人协会", "计划生育协会", "妇女之家", "关心下一代工作委员会",
            "残疾人协会", "科普活动室", "法律服务工作室", "消防安全工作站", "食品安全工作站", "环境卫生监督站", "统战工作站", "侨务工作站",
            "红十字服务站", "退役军人服务站", "心理咨询室", "司法调解室", "安全生产监督站", "城管工作站"};
    private static final String[] PLAQUE_DEPARTMENTS = {"区委政法委", "区禁毒办", "区老龄办", "区卫生健康委", "区妇联", "区关工委", "区残联",
            "区科协", "区司法局", "区消防救援大队", "区市场监管局", "区城管执法局", "区委统战部", "区侨联", "区红十字会", "区退役军人事务局",
            "区卫生健康委", "区司法局", "区应急管理局", "区城管执法局"};
    private static final String[] LEDGERS = {"实有人口", "流动人口", "老年人口", "残疾人", "低保对象", "特困人员", "退役军人", "育龄妇女",
            "留守儿童", "重点人员", "志愿者", "矛盾纠纷排查", "安全隐患排查", "信访事项", "文明创建活动", "垃圾分类", "疫苗接种",
            "辖区企业", "个体工商户", "社会组织", "出租房屋", "社区办公用房", "社区公共设施"};
    private static final String[] APPRAISALS = {"12345接诉即办排名", "数字化城管排名", "禁毒人员学习排名", "煤改电户数排名", "学习强国排名",
            "文明城市创建测评", "平安社区考评", "垃圾分类示范社区评比", "卫生社区评比", "绿色社区评比", "无邪教社区创建", "双拥模范社区评比",
            "民族团结进步示范社区", "五星级党组织评定", "志愿服务星级评定", "健康社区评比", "无毒社区创建", "法治示范社区评比",
            "综合减灾示范社区", "科普示范社区评比", "老年友好型社区评比", "儿童友好社区评比", "节水型社区评比", "智慧社区评比",
            "退役军人服务站星级评定", "敬老文明号评比", "消防安全示范社区", "食品安全示范社区", "妇女儿童之家评比"};
    private static final String[] INSPECTIONS = {"民族团结工作检查", "排查整治危房安全隐患", "食品药品安全检查", "治理燃煤散烧",
            "消防安全检查", "安全生产大检查", "环境卫生督查", "垃圾分类督查", "文明城市创建督查", "禁毒工作检查", "信访维稳督查",
            "疫情防控督查", "燃气安全检查", "电动自行车充电安全检查", "防汛检查", "冬季供暖检查", "人口普查质量检查",
            "党建工作督查", "老旧小区改造督查", "创卫督查", "扫黑除恶督查"};
    private static final String[] LETTERS = {"禁燃禁放保证书", "燃煤散烧责任状", "门前三包责任状", "禁毒工作责任状", "安全生产责任书",
            "消防安全责任书", "综治维稳责任书", "计划生育责任书", "森林草原防火责任书", "防汛责任书", "信访工作责任书"};

    private final WorkItemsLoader loader;
    private final Admissions admissions;
    private final Divisions divisions;
    private final Accounts accounts;
    private final Departments departments;
    private final Clock clock;

    DemoBurden(WorkItemsLoader loader, Admissions admissions, Divisions divisions, Accounts accounts, Departments departments,
               Clock clock) {
        this.loader = loader;
        this.admissions = admissions;
        this.divisions = divisions;
        this.accounts = accounts;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division district = divisions.findByCode(DemoDistrict.DISTRICT).orElse(null);
        if (district == null || accounts.findByUsername("dept").isEmpty()) {
            return;
        }
        if (!loader.burdenLoaded(district.path())) {
            List<BurdenRecord> records = inventory(committees(district));
            loader.loadBurden(records, "admin");
            log.info("演示减负清单：{} 项已登记", records.size());
        }
        applications(district);
        monitoringReport();
    }

    /** The residents' committees (社区), in code order: the plaques were counted in them. */
    private List<Division> committees(Division district) {
        return divisions.search("", new DataScope(district.path()), List.of(Level.COMMITTEE), 10_000).stream()
                .filter(c -> c.name().contains("社区")).sorted(Comparator.comparing(Division::code)).toList();
    }

    private static List<BurdenRecord> inventory(List<Division> committees) {
        List<BurdenRecord> records = new ArrayList<>();
        int n = committees.size();
        int[] recorded = spread(419, n);
        int[] kept = spread(189, n);
        for (int i = 0; i < n; i++) {
            String path = committees.get(i).path();
            for (int j = 0; j < recorded[i]; j++) {
                if (j < kept[i]) {
                    int k = j % KEPT_PLAQUES.length;
                    records.add(new BurdenRecord(path, WorkItemKind.PLAQUE, KEPT_PLAQUES[k], KEPT_PLAQUE_DEPARTMENTS[k], true, null));
                } else {
                    int k = (i + j) % REMOVED_PLAQUES.length;
                    records.add(new BurdenRecord(path, WorkItemKind.PLAQUE, REMOVED_PLAQUES[k] + "牌子", PLAQUE_DEPARTMENTS[k], false,
                            PLAQUES_REMOVED));
                }
            }
        }
        List<Division> pilots = committees.stream().filter(c -> PILOTS.contains(c.code())).toList();
        ledgers(pilots.isEmpty() ? committees.subList(0, Math.min(2, n)) : pilots, records);
        scattered(committees, WorkItemKind.APPRAISAL, APPRAISALS, "区委文明办", records);
        scattered(committees, WorkItemKind.INSPECTION, INSPECTIONS, "区应急管理局", records);
        scattered(committees, WorkItemKind.LETTER, LETTERS, "区综治办", records);
        return records;
    }

    /** 90 reports and ledgers over the pilot committees, 36 kept after merging them into one set of tables. */
    private static void ledgers(List<Division> pilots, List<BurdenRecord> records) {
        int[] recorded = spread(90, pilots.size());
        int[] kept = spread(36, pilots.size());
        for (int i = 0; i < pilots.size(); i++) {
            for (int j = 0; j < recorded[i]; j++) {
                String name = LEDGERS[j % LEDGERS.length] + (j < LEDGERS.length ? "台账" : "统计报表");
                boolean keep = j < kept[i];
                records.add(new BurdenRecord(pilots.get(i).path(), WorkItemKind.LEDGER, name, "区民政局", keep,
                        keep ? null : LEDGERS_MERGED));
            }
        }
    }

    /** One of each over the committees, spread evenly; all still carried, a third of them admitted. */
    private static void scattered(List<Division> committees, WorkItemKind kind, String[] names, String department,
                                  List<BurdenRecord> records) {
        for (int k = 0; k < names.length; k++) {
            Division committee = committees.get(k * committees.size() / names.length);
            records.add(new BurdenRecord(committee.path(), kind, names[k], department, k % 3 == 0, null));
        }
    }

    /** {@code total} spread over {@code n} as evenly as whole numbers go, the first ones taking the remainder. */
    private static int[] spread(int total, int n) {
        int[] shares = new int[n];
        for (int i = 0; i < n; i++) {
            shares[i] = total / n + (i < total % n ? 1 : 0);
        }
        return shares;
    }

    private void applications(Division district) {
        LocalDate today = LocalDate.now(clock);
        String committee = divisions.findByCode(DemoDistrict.COMMITTEE).orElseThrow().path();
        String street = divisions.findByCode(DemoDistrict.STREET).orElseThrow().path();
        if (loader.bySourceRef("demo:pending").isEmpty()) {
            admissions.apply(new WorkItemApplication(WorkItemKind.TASK, "生活垃圾分类入户宣传",
                    "每季度协助开展一次生活垃圾分类知识入户宣传，组织居民参加宣讲活动。", "《呼和浩特市生活垃圾分类管理条例》",
                    List.of(committee), today, today.plusYears(1), new BigDecimal("6000"), "区财政专项经费", "demo:pending"), user("dept"));
        }
        if (loader.bySourceRef("demo:admitted").isEmpty()) {
            long id = admissions.apply(new WorkItemApplication(WorkItemKind.TASK, "老旧小区改造入户意愿调查",
                    "协助住建部门入户了解居民对老旧小区改造内容的意愿，汇总后报街道。", "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》",
                    List.of(street), today.withDayOfMonth(1), today.plusMonths(6), new BigDecimal("50000"), "政府购买服务",
                    "demo:admitted"), user("dept2"));
            loader.approve(id, user("admin"));
        }
        String refusedTitle = "社区协助开展拆临拆违和招商引资";
        if (loader.bySourceRef("demo:refused").isEmpty() && loader.onNegativeList(district.path(), refusedTitle, today)) {
            try {
                admissions.apply(new WorkItemApplication(WorkItemKind.TASK, refusedTitle, "由社区负责辖区违建拆除动员和招商引资任务分解。",
                        "区政府工作部署", List.of(committee), today, null, BigDecimal.ZERO, "", "demo:refused"), user("dept"));
            } catch (Refusal expected) {
                log.info("演示准入申请“{}”已被负面清单退回", refusedTitle);
            }
        }
    }

    private void monitoringReport() {
        CurrentUser worker = user("worker");
        if (loader.anyReported(worker)) {
            return;
        }
        long dept = departments.of(user("dept")).orElseThrow().id();
        loader.reportUnadmitted(worker, dept, "要求社区每日上报占道经营巡查照片", LocalDate.now(clock).minusDays(5),
                "街道城管中队微信群通知：各社区每日18时前上传辖区占道经营照片不少于10张。");
    }

    private CurrentUser user(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        return DemoUser.of(a);
    }
}
