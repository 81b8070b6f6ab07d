package org.linli.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.ConventionFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A resident contests an entry of their own household; a worker upholds it (the entry stands) or
 * withdraws it (a reversing entry), and the resident is told. A resident cannot reach another
 * household's entry, nor contest one twice while it waits.
 */
@LinliTest
class ContestTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    ConventionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ConventionFixtures(context);
    }

    @Test
    void aContestIsUpheldOrTheEntryWithdrawnAndTheResidentIsTold() throws Exception {
        LocalDate today = clock.today();
        long rule = fixtures.rule("worker", "测试·异议细则", -8, "OCCURRENCE", "HOUSEHOLD", today.minusDays(5));
        long me = fixtures.resident().residentId();
        long upheld = fixtures.award("worker", me, rule, "1", today.minusDays(1), "测试：乱扔垃圾");
        long withdrawn = fixtures.award("worker", me, rule, "1", today, "测试：占道停车");
        long total = total();

        assertThat(fixtures.send(contest(upheld, "不是我家扔的"), "resident")).startsWith("saved:");
        assertThat(fixtures.send(contest(upheld, "再提一次"), "resident")).isEqualTo("error:该记录已有待处理的异议");
        assertThat(fixtures.send(contest(withdrawn, ""), "resident")).isEqualTo("error:请填写理由");
        assertThat(fixtures.send(contest(withdrawn, "当天车停在小区外"), "resident")).startsWith("saved:");
        String mine = fixtures.deliberation().page("resident", "/points/mine");
        assertThat(mine).contains("data-testid=\"contest-status\"", "data-status=\"OPEN\"");
        fixtures.settle();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM notification WHERE role = 'COMMUNITY_WORKER' AND link = '/points/contests'
                        AND division_id = (SELECT id FROM division WHERE code = :c)""")
                .param("c", ConventionFixtures.COMMITTEE).query(Long.class).single()).isPositive();

        long first = contestOf(upheld);
        long second = contestOf(withdrawn);
        String other = fixtures.otherWorker();
        mvc.perform(post("/points/contests/{id}/withdraw", second).param("reason", "越界").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.send(post("/points/contests/{id}/uphold", first).param("reason", "楼长和监控均已核实"), "worker"))
                .startsWith("saved:");
        assertThat(fixtures.send(post("/points/contests/{id}/withdraw", second).param("reason", "经核实当天车辆不在小区内"), "worker"))
                .startsWith("saved:");
        assertThat(fixtures.send(post("/points/contests/{id}/withdraw", second).param("reason", "再来"), "worker"))
                .isEqualTo("error:该异议已经处理");

        assertThat(total()).isEqualTo(total + 8);
        assertThat(jdbc.sql("SELECT count(*) FROM points_entry WHERE reverses = :e").param("e", upheld).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT points FROM points_entry WHERE reverses = :e").param("e", withdrawn).query(Integer.class).single())
                .isEqualTo(8);
        fixtures.settle();
        assertThat(fixtures.noticesTo("resident")).anyMatch(t -> t.contains("维持原记录") && t.contains("楼长和监控均已核实"))
                .anyMatch(t -> t.contains("异议成立") && t.contains("已撤销"));
        mine = fixtures.deliberation().page("resident", "/points/mine");
        assertThat(mine).contains("data-status=\"UPHELD\"", "data-status=\"WITHDRAWN\"", "data-total=\"" + total() + "\"");
    }

    @Test
    void aResidentReachesOnlyTheirOwnHouseholdsEntries() throws Exception {
        LocalDate today = clock.today();
        long rule = fixtures.rule("worker", "测试·他户", 2, "OCCURRENCE", "HOUSEHOLD", today);
        long neighbour = fixtures.otherResident(ConventionFixtures.COMMITTEE, 6);
        long entry = fixtures.award("worker", neighbour, rule, "1", today, "他户记录");
        mvc.perform(contest(entry, "不是我家的").with(as("resident")).with(csrf())).andExpect(status().isNotFound());
        assertThat(fixtures.deliberation().page("resident", "/points/mine")).doesNotContain("他户记录");
        mvc.perform(get("/points").with(as("resident"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/points/contests").with(as("resident"))).andExpect(status().isNotFound());
        assertThat(fixtures.send(contest(entry, "工作人员不能提异议"), "worker")).isEqualTo("error:只有居民本人可以对本户的积分记录提出异议");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder contest(long entry, String reason) {
        return post("/points/mine/entries/{id}/contest", entry).param("reason", reason);
    }

    private long contestOf(long entry) {
        return jdbc.sql("SELECT max(id) FROM points_contest WHERE entry_id = :e").param("e", entry).query(Long.class).single();
    }

    private long total() {
        return jdbc.sql("SELECT coalesce(sum(points), 0) FROM points_entry WHERE household_id = :h")
                .param("h", fixtures.resident().householdId()).query(Long.class).single();
    }
}
