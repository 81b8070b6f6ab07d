package org.linli.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.Masks;
import org.linli.testing.BenefitsFixtures;
import org.linli.testing.BenefitsFixtures.Found;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Eligible minus enrolled and its outreach tasks: the lists of a scope (a grid worker's grid, a
 * committee's committee; 404 across), masked in the page and the export, and the outcome rules
 * (the day between finding and today, a reason when not eligible, closing outcomes end the task).
 */
@LinliTest
class OutreachTest {

    /** Another grid of the demo committee, and a grid of the other committee. */
    private static final String OTHER_GRID = RegistryFixtures.OWN_COMMITTEE + "150104001002002/";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void eachSeesTheTasksOfTheirOwnScopeAndNoOther() throws Exception {
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（范围）");
        Found inGrid = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_GRID, 30, 1).getFirst();
        Found inOtherGrid = BenefitsFixtures.residents(jdbc, OTHER_GRID, 30, 1).getFirst();
        Found inOtherCommittee = BenefitsFixtures.residents(jdbc, RegistryFixtures.OTHER_COMMITTEE, 30, 1).getFirst();
        OffsetDateTime found = OffsetDateTime.now(clock).minusDays(3);
        long own = BenefitsFixtures.match(jdbc, benefit, inGrid, found, "年满 80 周岁（测试）");
        long otherGrid = BenefitsFixtures.match(jdbc, benefit, inOtherGrid, found, "年满 80 周岁（测试）");
        long otherCommittee = BenefitsFixtures.match(jdbc, benefit, inOtherCommittee, found, "年满 80 周岁（测试）");

        // The grid worker: their grid's task only; the other grid's and committee's are not found.
        mvc.perform(get("/benefits/tasks").param("benefit", "" + benefit).with(as("grid"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-match=\"" + own + "\"")))
                .andExpect(content().string(not(containsString("data-match=\"" + otherGrid + "\""))))
                .andExpect(content().string(containsString("data-total=\"1\"")));
        mvc.perform(get("/benefits/tasks/" + own).with(as("grid"))).andExpect(status().isOk());
        mvc.perform(get("/benefits/tasks/" + otherGrid).with(as("grid"))).andExpect(status().isNotFound());
        record(otherGrid, "grid", "INFORMED", LocalDate.now(clock).toString(), "").andExpect(status().isNotFound());
        // The committee: both of its grids, not the other committee's.
        mvc.perform(get("/benefits/eligible").param("benefit", "" + benefit).with(as("worker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-match=\"" + own + "\"")))
                .andExpect(content().string(containsString("data-match=\"" + otherGrid + "\"")))
                .andExpect(content().string(not(containsString("data-match=\"" + otherCommittee + "\""))));
        mvc.perform(get("/benefits/tasks/" + otherCommittee).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/benefits/eligible").param("place", "150104001004").with(as("worker"))).andExpect(status().isNotFound());
        // The street sees all three; the grid worker has no eligible list, street staff no tasks.
        mvc.perform(get("/benefits/eligible").param("benefit", "" + benefit).with(as("street")))
                .andExpect(content().string(containsString("data-total=\"3\"")));
        mvc.perform(get("/benefits/eligible").with(as("grid"))).andExpect(status().isNotFound());
        mvc.perform(get("/benefits/tasks").with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/benefits/eligible").with(as("resident"))).andExpect(status().isNotFound());
        // Filtered to one grid.
        mvc.perform(get("/benefits/eligible").param("benefit", "" + benefit).param("place", "150104001002002").with(as("worker")))
                .andExpect(content().string(containsString("data-total=\"1\"")))
                .andExpect(content().string(containsString("data-match=\"" + otherGrid + "\"")));
    }

    @Test
    void theListShowsTheReasonTheRuleVersionAndTheMaskedNameAndTheExportNoMore() throws Exception {
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（名单）");
        List<Found> people = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_GRID, 40, 2);
        BenefitsFixtures.match(jdbc, benefit, people.get(0), OffsetDateTime.now(clock).minusDays(10), "持残疾人证（一级）");
        BenefitsFixtures.match(jdbc, benefit, people.get(1), OffsetDateTime.now(clock).minusDays(1), "享受低保");
        String page = mvc.perform(get("/benefits/eligible").param("benefit", "" + benefit).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("持残疾人证（一级）", "享受低保", "第 1 版", Masks.name(people.get(0).name()))
                .doesNotContain(">" + people.get(0).name() + "<");

        // Found since five days ago: only the second.
        mvc.perform(get("/benefits/eligible").param("benefit", "" + benefit)
                        .param("since", LocalDate.now(clock).minusDays(5).toString()).with(as("worker")))
                .andExpect(content().string(containsString("data-total=\"1\"")));
        // A day that is not one is refused on its field, with what was typed.
        mvc.perform(get("/benefits/eligible").param("since", "昨天").with(as("worker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("发现日期应写成 2026-01-01")));

        byte[] xlsx = mvc.perform(get("/benefits/eligible.xlsx").param("benefit", "" + benefit).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = BenefitsFixtures.sheet(xlsx);
        assertThat(rows.get(0)).containsExactly("政策", "姓名", "年龄", "住址", "符合原因", "规则版本", "发现日期", "走访情况");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(1)).isEqualTo(Masks.name(people.get(1).name()));
        assertThat(rows.get(2).get(4)).isEqualTo("持残疾人证（一级）");
        assertThat(rows.stream().flatMap(List::stream)).doesNotContain(people.get(0).name(), people.get(1).name());
        mvc.perform(get("/benefits/eligible.xlsx").with(as("grid"))).andExpect(status().isNotFound());
    }

    @Test
    void anOutcomeIsDatedBetweenFindingAndTodayAndNotEligibleNeedsItsReason() throws Exception {
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（结果）");
        Found person = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_GRID, 50, 1).getFirst();
        LocalDate today = LocalDate.now(clock);
        long task = BenefitsFixtures.match(jdbc, benefit, person, OffsetDateTime.now(clock).minusDays(4), "年满 80 周岁");

        record(task, "grid", "INFORMED", today.plusDays(1).toString(), "").andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不能晚于今天")));
        record(task, "grid", "INFORMED", today.minusDays(5).toString(), "").andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不能早于发现此人的日期")));
        record(task, "grid", "NOT_ELIGIBLE", today.toString(), " ").andExpect(status().isOk())
                .andExpect(content().string(containsString("经核实不符合时，请写明原因")));
        record(task, "grid", "", today.toString(), "").andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择走访结果")));
        record(task, "grid", "LOST", today.toString(), "").andExpect(status().isOk())
                .andExpect(content().string(containsString("走访结果应为")));
        assertThat(count("SELECT count(*) FROM benefit_outreach WHERE match_id = :id", task)).isZero();

        // Informed two days ago (the first day told is kept), then applied today: the task stays open.
        record(task, "grid", "INFORMED", today.minusDays(2).toString(), "").andExpect(status().is3xxRedirection());
        record(task, "worker", "APPLIED", today.toString(), "已递交申请材料").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                        SELECT outcome || ' ' || outcome_on || ' ' || (informed_at AT TIME ZONE 'Asia/Shanghai')::date
                               || ' ' || (closed_at IS NULL) FROM benefit_match WHERE id = :id""")
                .param("id", task).query(String.class).single())
                .isEqualTo("APPLIED " + today + " " + today.minusDays(2) + " true");
        assertThat(count("SELECT count(*) FROM benefit_outreach WHERE match_id = :id", task)).isEqualTo(2);

        // Found not eligible after all, with the reason: the task ends and takes no more outcomes.
        record(task, "grid", "NOT_ELIGIBLE", today.toString(), "户籍已迁往外区").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT closed_why FROM benefit_match WHERE id = :id").param("id", task).query(String.class).single())
                .isEqualTo("NOT_ELIGIBLE");
        record(task, "grid", "INFORMED", today.toString(), "").andExpect(status().isOk())
                .andExpect(content().string(containsString("此任务已结束")));
        mvc.perform(get("/benefits/tasks").param("benefit", "" + benefit).with(as("grid")))
                .andExpect(content().string(containsString("data-total=\"0\"")));
        // Its history stays readable.
        mvc.perform(get("/benefits/tasks/" + task).with(as("grid"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("户籍已迁往外区")));
    }

    @Test
    void exportsGiveTheirConnectionBack() throws Exception {
        // more exports than the pool has connections: a stream left open would hold one each
        for (int i = 0; i < 15; i++) {
            mvc.perform(get("/benefits/eligible.xlsx").with(as("worker"))).andExpect(status().isOk());
        }
    }

    @Test
    void refusingEndsTheTask() throws Exception {
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（拒绝）");
        Found person = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_GRID, 60, 1).getFirst();
        long task = BenefitsFixtures.match(jdbc, benefit, person, OffsetDateTime.now(clock).minusDays(1), "年满 80 周岁");
        record(task, "grid", "REFUSED", LocalDate.now(clock).toString(), "").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT closed_why || ' ' || (informed_at IS NOT NULL) FROM benefit_match WHERE id = :id")
                .param("id", task).query(String.class).single()).isEqualTo("REFUSED true");
    }

    private ResultActions record(long task, String who, String outcome, String day, String note) throws Exception {
        return mvc.perform(post("/benefits/tasks/" + task + "/outcome").param("outcome", outcome).param("onDay", day)
                .param("note", note).with(as(who)).with(csrf()));
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
