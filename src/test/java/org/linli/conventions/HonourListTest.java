package org.linli.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
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
 * Red and black lists: an entry stays on notice through the appeal period of the rule book
 * (conventions.appeal-days, 7 by default: the day of notice and six more) and cannot be published
 * before it ends; an appeal within it holds the entry until a worker decides; published entries
 * are read by the committee's residents with names masked.
 */
@LinliTest
class HonourListTest {

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

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aBlackListEntryIsPublishedOnlyAfterItsAppealPeriodEnds() throws Exception {
        long resident = fixtures.otherResident(ConventionFixtures.COMMITTEE, 7);
        long id = propose(resident, "BLACK", "测试：多次占用消防通道");
        assertThat(jdbc.sql("SELECT appeal_until - notice_from FROM honour_entry WHERE id = :id").param("id", id).query(Integer.class)
                .single()).isEqualTo(6);

        assertThat(fixtures.send(publish(id), "worker")).startsWith("error:公示申诉期未满，" + clock.today().plusDays(7) + " 起方可发布");
        clock.advance(Duration.ofDays(6));
        assertThat(fixtures.send(publish(id), "worker")).as("the period's last day").startsWith("error:公示申诉期未满");
        mvc.perform(publish(id).with(as(fixtures.otherWorker())).with(csrf())).andExpect(status().isNotFound());
        clock.advance(Duration.ofDays(1));
        assertThat(fixtures.send(publish(id), "worker")).startsWith("saved:");
        assertThat(statusOf(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void anAppealWithinThePeriodHoldsTheEntryUntilDecided() throws Exception {
        long me = fixtures.resident().residentId();
        long id = propose(me, "BLACK", "测试：饲养犬只不拴绳");
        assertThat(fixtures.deliberation().page("resident", "/points/lists")).contains("data-id=\"" + id + "\"", "data-testid=\"appeal-submit\"");
        clock.advance(Duration.ofDays(6));
        assertThat(fixtures.send(appeal(id, "已办理犬证，出门均拴绳"), "resident")).startsWith("saved:");
        assertThat(statusOf(id)).isEqualTo("HELD");
        clock.advance(Duration.ofDays(5));
        assertThat(fixtures.send(publish(id), "worker")).isEqualTo("error:该公示有待处理的申诉，处理前不能发布");
        assertThat(fixtures.send(post("/points/lists/{id}/decide", id).param("upheld", "false").param("reason", "经核实仍有不拴绳情况"),
                "worker")).startsWith("saved:");
        assertThat(statusOf(id)).isEqualTo("NOTICE");
        assertThat(fixtures.send(appeal(id, "期满后再申诉"), "resident")).isEqualTo("error:公示申诉期已过或该公示已不在公示中");
        assertThat(fixtures.send(publish(id), "worker")).startsWith("saved:");
        fixtures.settle();
        assertThat(fixtures.noticesTo("resident")).anyMatch(t -> t.contains("申诉不成立"));
        String lists = fixtures.deliberation().page("resident", "/points/lists");
        assertThat(lists).contains("data-id=\"" + id + "\"", "测试：饲养犬只不拴绳");
        String head = context.getBean(org.linli.registry.CommitteeResidents.class)
                .heads(java.util.List.of(fixtures.resident().householdId())).getFirst().name();
        assertThat(lists).as("the household is named by its head, masked").doesNotContain(head)
                .contains(org.linli.shared.Masks.name(head));
    }

    @Test
    void anAppealUpheldWithdrawsTheEntryAndOthersCannotAppeal() throws Exception {
        long me = fixtures.resident().residentId();
        long neighbour = fixtures.otherResident(ConventionFixtures.COMMITTEE, 8);
        long mine = propose(me, "BLACK", "测试：误报");
        long theirs = propose(neighbour, "RED", "测试：邻里互助");
        mvc.perform(appeal(theirs, "替邻居申诉").with(as("resident")).with(csrf())).andExpect(status().isNotFound());
        assertThat(fixtures.deliberation().page("resident", "/points/lists")).doesNotContain("data-id=\"" + theirs + "\"");
        assertThat(fixtures.send(appeal(mine, "当天不在家"), "resident")).startsWith("saved:");
        assertThat(fixtures.send(post("/points/lists/{id}/decide", mine).param("upheld", "true").param("reason", "登记错户"), "worker"))
                .startsWith("saved:");
        assertThat(statusOf(mine)).isEqualTo("WITHDRAWN");
        clock.advance(Duration.ofDays(8));
        assertThat(fixtures.send(publish(mine), "worker")).isEqualTo("error:该公示不在公示中，不能发布");
    }

    private long propose(long residentId, String list, String reason) throws Exception {
        assertThat(fixtures.send(post("/points/lists").param("residentId", String.valueOf(residentId)).param("list", list)
                .param("reason", reason), "worker")).startsWith("saved:");
        return jdbc.sql("SELECT max(id) FROM honour_entry WHERE reason = :r").param("r", reason).query(Long.class).single();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder publish(long id) {
        return post("/points/lists/{id}/publish", id);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder appeal(long id, String reason) {
        return post("/points/lists/{id}/appeal", id).param("reason", reason);
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM honour_entry WHERE id = :id").param("id", id).query(String.class).single();
    }
}
