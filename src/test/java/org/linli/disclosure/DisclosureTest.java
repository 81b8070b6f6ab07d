package org.linli.disclosure;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.DataScope;
import org.linli.testing.DisclosureFixtures;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The board through its pages: posting, the public board and its display period, the street's view, scope. */
@LinliTest
class DisclosureTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Disclosures disclosures;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aCommitteePostsAndAnyoneReadsItsBoardWithoutSigningIn() throws Exception {
        String board = page("worker", "/disclosure/150104001002");
        assertThat(board).contains("财务收支情况").contains("每月").contains("小微权力清单");
        long finance = jdbc.sql("""
                        SELECT i.id FROM disclosure_item i JOIN division d ON d.id = i.committee_id
                        WHERE d.code = '150104001002' AND i.kind = 'FINANCE'""").query(Long.class).single();

        String errors = mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(finance)).param("period", "")
                        .param("title", "十月财务收支").param("body", "短").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请填写公开内容").contains("请填写所属期间").contains("十月财务收支");

        mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(finance)).param("period", "2026年10月")
                        .param("title", "2026年10月财务收支公开").param("body", "收入：党群服务经费 12,000 元；支出：环境整治 8,500 元。")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String publicBoard = mvc.perform(get("/public/disclosure/150104001002")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(publicBoard).contains("2026年10月财务收支公开").contains("环境整治 8,500 元").contains("打印张贴");

        // Past its display period (30 days for finances) a posting leaves the public board but stays in the committee's history.
        clock.advance(Duration.ofDays(30));
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .contains("2026年10月财务收支公开");
        clock.advance(Duration.ofDays(1));
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .doesNotContain("2026年10月财务收支公开");
        assertThat(page("worker", "/disclosure/150104001002")).contains("2026年10月财务收支公开");
        mvc.perform(get("/public/disclosure/150104001")).andExpect(status().isNotFound());
    }

    @Test
    void missingAndOverduePostingsAreListedForTheStreet() throws Exception {
        // The catalogue starts with this year; a year on, its months and quarters are overdue.
        disclosures.catalogue(disclosures.committee("150104001004", DataScope.COUNTRY));
        clock.advance(Duration.ofDays(400));
        String compliance = page("street", "/disclosure");
        assertThat(compliance).contains("五塔寺前街社区居委会").contains("逾期未公开");
        // A community worker is sent to the own board, and another committee's board is out of scope.
        mvc.perform(get("/disclosure").with(as("worker"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/disclosure/150104001004").with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(post("/disclosure/150104001004").param("item", "1").with(as("worker")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aResolutionNotPostedWithinTheGraceDaysIsLateUntilTheBoardPostsIt() throws Exception {
        var committee = disclosures.committee("150104001002", DataScope.COUNTRY);
        transaction.executeWithoutResult(tx -> events.publishEvent(
                DisclosureFixtures.resolution(990_001, committee, "小区加装电梯方案", clock.today())));
        Events.settle(registry);
        // Major matters have five grace days: on the fifth day after it passed it is still only due, on the sixth it is late.
        String owed = "data-topic=\"990001\"";
        clock.advance(Duration.ofDays(5));
        assertThat(page("street", "/disclosure")).contains("data-overdue=\"false\" " + owed);
        clock.advance(Duration.ofDays(1));
        assertThat(page("street", "/disclosure")).contains("data-overdue=\"true\" " + owed);
        assertThat(page("worker", "/disclosure/150104001002")).contains("小区加装电梯方案");

        long major = jdbc.sql("""
                        SELECT i.id FROM disclosure_item i JOIN division d ON d.id = i.committee_id
                        WHERE d.code = '150104001002' AND i.kind = 'MAJOR'""").query(Long.class).single();
        mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(major)).param("period", clock.today().toString())
                        .param("title", "小区加装电梯方案决议公告").param("body", "经居民会议表决通过，现予公布。").param("resolution", "990001")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("street", "/disclosure")).doesNotContain(owed);
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
