package org.linli.deliberation.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.DeliberationFixtures.HOME;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.deliberation.Person;
import org.linli.deliberation.Representatives;
import org.linli.shared.Role;
import org.linli.testing.DeliberationFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A convened meeting is cancelled before it closes: its sign-ins and ballots count for nothing and
 * its topic goes to a new meeting. The residents' hall tells each resident the next meeting on a
 * topic and whether they can vote in it online.
 */
@LinliTest
class CancelledMeetingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Representatives representatives;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;

    DeliberationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeliberationFixtures(context);
    }

    @Test
    void aCancelledMeetingsBallotsNoLongerCountAndTheTopicGoesToANewMeeting() throws Exception {
        LocalDate today = clock.today();
        long topic = fixtures.atResolution("worker", "社区食堂开办方案");
        long first = convene(topic, "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", today);
        List<Person> roster = representatives.roster(fixtures.committee(HOME));
        String online = fixtures.voter(roster.get(10).id(), HOME);
        fixtures.ok(fixtures.signIn(first, roster.get(11).id()), "worker");
        fixtures.ok(post("/meetings/{id}/voting", first), "worker");
        fixtures.ok(fixtures.ballot(first, topic, "FOR"), online);
        // A new meeting cannot take the topic while this one is open.
        assertThat(fixtures.refused(fixtures.convening("RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", today, topic), "worker"))
                .contains("已列入另一次尚未结束的会议");

        // Only the committee's worker cancels, with a reason; another committee's worker does not find the meeting.
        assertThat(fixtures.send(cancel(first, "人数不足"), "street")).isEqualTo("error:会议由居（村）委会工作人员取消");
        assertThat(fixtures.send(cancel(first, " "), "worker")).isEqualTo("error:请填写取消会议的原因（2 到 200 个字）");
        String other = fixtures.account("cancel-worker4", "150104001004", Role.COMMUNITY_WORKER);
        mvc.perform(cancel(first, "越权取消").with(as(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(fixtures.send(cancel(first, "暴雨红色预警，会议改期"), "worker")).startsWith("saved:会议已取消");
        assertThat(jdbc.sql("SELECT status || ':' || cancel_reason || ':' || cancelled_by FROM assembly WHERE id = :a").param("a", first)
                .query(String.class).single()).isEqualTo("CANCELLED:暴雨红色预警，会议改期:worker");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'ASSEMBLY' AND detail LIKE '取消会议：暴雨红色预警%'")
                .query(String.class).single()).contains("已签到 1、线上投票 1 人，均不计入");

        // Voting is closed, nothing more is signed in, no minutes are written, and it cannot be cancelled twice.
        assertThat(fixtures.send(fixtures.ballot(first, topic, "AGAINST"), fixtures.voter(roster.get(12).id(), HOME)))
                .isEqualTo("error:会议已取消，表决已关闭");
        assertThat(fixtures.send(fixtures.signIn(first, roster.get(13).id()), "worker")).isEqualTo("error:会议已取消，不能再签到");
        assertThat(fixtures.refused(post("/meetings/{id}/close", first), "worker")).contains("会议已取消");
        assertThat(fixtures.send(cancel(first, "再次取消"), "worker")).isEqualTo("error:会议已取消，不能取消");
        assertThat(jdbc.sql("SELECT meeting_id FROM assembly WHERE id = :a").param("a", first).query(Long.class).optional()).isEmpty();
        assertThat(fixtures.page("worker", "/meetings/" + first)).contains("会议已取消，不计法定人数").contains("暴雨红色预警，会议改期")
                .doesNotContain("data-testid=\"cancel-form\"").doesNotContain("data-testid=\"sign-in\"");
        assertThat(fixtures.page("worker", "/meetings/" + first + "/minutes")).contains("会议已取消，不作决定").contains("签到和线上投票均不计入");

        // The topic goes to a new meeting; the earlier ballot counts there for nothing, and its voter votes afresh.
        long second = convene(topic, "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", today);
        fixtures.ok(post("/meetings/{id}/voting", second), "worker");
        fixtures.ok(fixtures.ballot(second, topic, "AGAINST"), online);
        for (Person p : roster.subList(14, 30)) {
            fixtures.ok(fixtures.signIn(second, p.id()), "worker");
        }
        fixtures.ok(post("/meetings/{id}/close", second).param("hall[" + topic + "].votesFor", "16"), "worker");
        assertThat(jdbc.sql("""
                        SELECT m.present || ':' || v.votes_for || ':' || v.votes_against FROM meeting m
                        JOIN meeting_vote v ON v.meeting_id = m.id WHERE v.topic_id = :t""")
                .param("t", topic).query(String.class).single()).isEqualTo("17:16:1");
    }

    @Test
    void theHallShowsTheConvenedMeetingAndWhetherTheResidentVotesOnline() throws Exception {
        LocalDate today = clock.today();
        long reps = fixtures.atResolution("worker", "小区健身角改造");
        long whole = fixtures.atResolution("worker", "社区公益金使用计划");
        LocalDate day = today.plusDays(5);
        convene(reps, "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", day);
        long meeting = convene(whole, "RESIDENTS_MEETING", "PERSONS", today);

        // A bound adult who is no representative: on the residents' meeting's roll, not on the representatives'.
        long adult = fixtures.residents(HOME, """
                        r.status = 'LIVING' AND r.birth_date <= :adult - interval '12 years'
                        AND r.id NOT IN (SELECT resident_id FROM representative) AND r.id NOT IN (SELECT resident_id FROM resident_account)""", 1)
                .getFirst();
        String me = fixtures.voter(adult, HOME);
        String hall = fixtures.page(me, "/topics");
        assertThat(card(hall, "小区健身角改造")).contains("议事会议：" + day + " 居民代表会议，党群服务中心会议室")
                .contains("您不在本次会议的代表名册上");
        assertThat(card(hall, "社区公益金使用计划")).contains("议事会议：" + today + " 居民会议，党群服务中心会议室")
                .contains("您在本次会议名册上，开始表决后可在议题页线上投票").contains("href=\"/topics/" + whole + "\"");

        fixtures.ok(post("/meetings/{id}/voting", meeting), "worker");
        assertThat(card(fixtures.page(me, "/topics"), "社区公益金使用计划")).contains("正在开会：" + today).contains("正在表决：您可以在议题页线上投票")
                .contains("去投票");
        fixtures.ok(fixtures.ballot(meeting, whole, "FOR"), me);
        assertThat(card(fixtures.page(me, "/topics"), "社区公益金使用计划")).contains("您已在线投票：赞成");

        // A resident whose account is not bound is told to bind it first.
        String unbound = fixtures.account("hall-unbound", HOME, Role.RESIDENT);
        assertThat(card(fixtures.page(unbound, "/topics"), "社区公益金使用计划")).contains("完成实名认证后，可在线上议事厅投票")
                .contains("href=\"/me\"");

        // Once cancelled, the meeting is no longer the next one.
        fixtures.ok(cancel(meeting, "场地临时征用"), "worker");
        assertThat(card(fixtures.page(me, "/topics"), "社区公益金使用计划")).doesNotContain("居民会议").doesNotContain("data-testid=\"next-meeting\"");
    }

    // ------------------------------------------------------------------ helpers

    /** The hall's card of one topic. */
    private static String card(String hall, String title) {
        int at = hall.indexOf(">" + title + "<");
        assertThat(at).as(title).isPositive();
        return hall.substring(at, hall.indexOf("</article>", at));
    }

    private long convene(long topic, String kind, String basis, LocalDate day) throws Exception {
        return fixtures.convene("worker", kind, basis, day, topic);
    }

    private static MockHttpServletRequestBuilder cancel(long meeting, String reason) {
        return post("/meetings/{id}/cancel", meeting).param("reason", reason);
    }
}
