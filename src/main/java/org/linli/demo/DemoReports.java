package org.linli.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.reports.FieldSpec;
import org.linli.reports.ReportsLoader;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.linli.workitems.WorkItemsLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One set of tables in the demo district: 住建局 (dept2) has a template of eight fields, six filled
 * from the registry and two typed, admitted by the district; its request for last month reached the
 * committees of 小召前街街道, one of which corrected a figure and was approved, one sent back, the
 * rest still checking. Loaded once (the template's name says whether it is there).
 */
@Component
@Order(23)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoReports implements ApplicationRunner {

    static final String NAME = "社区住房保障和房屋安全统计表";
    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final ReportsLoader reports;
    private final WorkItemsLoader workItems;
    private final Accounts accounts;
    private final Divisions divisions;
    private final Clock clock;

    DemoReports(ReportsLoader reports, WorkItemsLoader workItems, Accounts accounts, Divisions divisions, Clock clock) {
        this.reports = reports;
        this.workItems = workItems;
        this.accounts = accounts;
        this.divisions = divisions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        CurrentUser dept = user("dept2");
        if (reports.template(NAME, dept).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long template = reports.design(NAME, "掌握各社区住房困难家庭、老年人和房屋安全情况，一次填报，住建、民政共用。", false, fields(), dept);
        long item = reports.apply(template, "《城镇住房保障条例》；《城市危险房屋管理规定》", DemoDistrict.DISTRICT, today.withDayOfMonth(1),
                BigDecimal.ZERO, "", dept);
        workItems.approve(item, user("admin"));
        // The decision reaches the template after commit, on the event's own thread.
        for (int i = 0; i < 200 && !reports.admitted(template); i++) {
            Thread.sleep(50);
        }
        LocalDate from = today.withDayOfMonth(1).minusMonths(1);
        long request = reports.issue(template, from, from.plusMonths(1).minusDays(1), today.plusDays(10), List.of("150104001"), dept);
        fill(request);
        log.info("演示区智慧报表已载入：{}，已下发至小召前街街道各社区", NAME);
    }

    private void fill(long request) {
        CurrentUser street = user("street");
        List<Map.Entry<String, Long>> forms = new ArrayList<>(reports.forms(request, street).entrySet());
        for (int i = 0; i < forms.size() && i < 3; i++) {
            String path = forms.get(i).getKey();
            long form = forms.get(i).getValue();
            CurrentUser worker = workerOf(path);
            if (i == 0) {
                reports.submit(form, List.of("3", "2"), null, 0, null, worker);
                reports.approve(form, street);
            } else if (i == 1) {
                reports.submit(form, List.of("5", "1"), 2, -2, "2位老人已随子女迁往外地，户籍尚未迁出", worker);
                reports.approve(form, street);
            } else {
                reports.submit(form, List.of("0", "0"), null, 0, null, worker);
                reports.sendBack(form, "危房户数为0与上月排查结果不符，请核实", street);
            }
        }
    }

    private static List<FieldSpec> fields() {
        return List.of(new FieldSpec("registry.residents", "", "", "常住人口(人)"),
                new FieldSpec("registry.households", "", "", "户数(户)"),
                new FieldSpec("registry.aged-60", "", "", "60岁以上老人(人)"),
                new FieldSpec("registry.aged-80", "", "", "80岁以上老人(人)"),
                new FieldSpec("registry.disabled", "", "", "残疾人(人)"),
                new FieldSpec("registry.subsistence-households", "", "", "低保户(户)"),
                new FieldSpec(null, "危房户数", "户", "C级/D级危房(户)"),
                new FieldSpec(null, "有加装电梯意向的楼栋", "栋", "加梯意向(栋)"));
    }

    /** The committee's own worker: the demo's worker where it is theirs, else one acting for the committee. */
    private CurrentUser workerOf(String committeePath) {
        CurrentUser worker = user("worker");
        if (worker.scope().path().equals(committeePath)) {
            return worker;
        }
        String code = committeePath.substring(0, committeePath.length() - 1);
        Division committee = divisions.findByCode(code.substring(code.lastIndexOf('/') + 1)).orElseThrow();
        return new DemoUser(worker.accountId(), "demo-" + committee.code(), committee.name() + "工作人员", Role.COMMUNITY_WORKER,
                committee.id(), new DataScope(committee.path()));
    }

    private CurrentUser user(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        return DemoUser.of(a);
    }
}
