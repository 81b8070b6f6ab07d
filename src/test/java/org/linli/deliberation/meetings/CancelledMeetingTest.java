package org.linli.deliberation;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A convened meeting is cancelled before it closes: its sign-ins and ballots count for nothing and
 * its topic goes to a new meeting. The residents' hall tells each resident the next meeting on a
 * topic and whether they can vote in it online.
 */
@LinliTest
class CancelledMeetingTest {

    static final String HOME = "150104001002";
    static final LocalDate TODAY = LocalDate.now(Times.zone());

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Divisions divisions;
    @Autowired
    Bindings bindings;
    @Autowired
    Representatives representatives;

    @Test
    void aCancelledMeetingsBallotsNoLongerCountAndTheTopicGoesToANewMeeting() throws Exception {
        long topic = topicAtResolution("社区食堂开办方案");
        long first = convene(topic, "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", TODAY);
        List<Person> roster = representatives.roster(committee(HOME));
        String online = voter(roster.get(10).id());
        assertThat(flash(post("/meetings/{id}/sign-in", first).param("resident", String.valueOf(roster.get(11).id())), "worker"))
                .startsWith("saved:");
        assertThat(flash(post("/meetings/{id}/voting", first), "worker")).startsWith("saved:");
        assertThat(vote(online, first, topic, "FOR")).startsWith("saved:");
        // A new meeting cannot take the topic while this one is open.
        assertThat(conveneRefused(topic)).contains("已列入另一次尚未结束的会议");

        // Only the committee's worker cancels, with a reason; another committee's worker does not find the meeting.
        assertThat(flash(cancel(first, "人数不足"), "street")).isEqualTo("error:会议由居（村）委会工作人员取消");
        MvcResult blank = mvc.perform(cancel(first, " ").with(as("worker")).with(csrf())).andReturn();
        assertThat(blank.getFlashMap().get("error")).isEqualTo("请填写取消会议的原因（2 到 200 个字）");
        if (accounts.findByUsername("cancel-worker4").isEmpty()) {
            accounts.createSystemAccount("cancel-worker4", "外社区工作者", Role.COMMUNITY_WORKER, committee("150104001004"), "x");
        }
        mvc.perform(cancel(first, "越权取消").with(as("cancel-worker4")).with(csrf())).andExpect(status().isNotFound());
        assertThat(flash(cancel(first, "暴雨红色预警，会议改期"), "worker")).startsWith("saved:会议已取消");
        assertThat(jdbc.sql("SELECT status || ':' || cancel_reason || ':' || cancelled_by FROM assembly WHERE id = :a").param("a", first)
                .query(String.class).single()).isEqualTo("CANCELLED:暴雨红色预警，会议改期:worker");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'ASSEMBLY' AND detail LIKE '取消会议：暴雨红色预警%'")
                .query(String.class).single()).contains("已签到 1、线上投票 1 人，均不计入");

        // Voting is closed, nothing more is signed in, no minutes are written, and it cannot be cancelled twice.
        assertThat(vote(voter(roster.get(12).id()), first, topic, "AGAINST")).isEqualTo("error:会议已取消，表决已关闭");
        assertThat(flash(post("/meetings/{id}/sign-in", first).param("resident", String.valueOf(roster.get(13).id())), "worker"))
                .isEqualTo("error:会议已取消，不能再签到");
        assertThat(mvc.perform(post("/meetings/{id}/close", first).with(as("worker")).with(csrf())).andReturn().getResponse()
                .getContentAsString()).contains("会议已取消");
        assertThat(flash(cancel(first, "再次取消"), "worker")).isEqualTo("error:会议已取消，不能取消");
        assertThat(jdbc.sql("SELECT meeting_id FROM assembly WHERE id = :a").param("a", first).query(Long.class).optional()).isEmpty();
        assertThat(page("worker", "/meetings/" + first)).contains("会议已取消，不计法定人数").contains("暴雨红色预警，会议改期")
                .doesNotContain("data-testid=\"cancel-form\"").doesNotContain("data-testid=\"sign-in\"");
        assertThat(page("worker", "/meetings/" + first + "/minutes")).contains("会议已取消，不作决定").contains("签到和线上投票均不计入");

        // The topic goes to a new meeting; the earlier ballot counts there for nothing, and its voter votes afresh.
        long second = convene(topic, "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", TODAY);
        assertThat(flash(post("/meetings/{id}/voting", second), "worker")).startsWith("saved:");
        assertThat(vote(online, second, topic, "AGAINST")).startsWith("saved:");
        for (Person p : roster.subList(14, 30)) {
            assertThat(flash(post("/meetings/{id}/sign-in", second).param("resident", String.valueOf(p.id())), "worker")).startsWith("saved:");
        }
        mvc.perform(post("/meetings/{id}/close", second).param("for_" + topic, "16").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                        SELECT m.present || ':' || v.votes_for || ':' || v.votes_against FROM meeting m
                        JOIN meeting_vote v ON v.meeting_id = m.id WHERE v.topic_id = :t""")
                .param("t", topic).query(String.class).single()).isEqualTo("17:16:1");
    }

    @Test
    void theHallShowsTheConvenedMeetingAndWhetherTheResidentVotesOnline() throws Exception {
        long reps = topicAtResolution("小区健身角改造");
        long whole = topicAtResolution("社区公益金使用计划");
        LocalDate day = TODAY.plusDays(5);
        convene(reps, "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", day);
        long meeting = convene(whole, "RESIDENTS_MEETING", "PERSONS", TODAY);

        // A bound adult who is no representative: on the residents' meeting's roll, not on the representatives'.
        long adult = jdbc.sql("""
                        SELECT r.id FROM resident r WHERE r.division_path LIKE (SELECT path FROM division WHERE code = :c) || '%'
                          AND r.status = 'LIVING' AND r.birth_date <= current_date - interval '30 years'
                          AND r.id NOT IN (SELECT resident_id FROM representative) AND r.id NOT IN (SELECT resident_id FROM resident_account)
                        ORDER BY r.id LIMIT 1""")
                .param("c", HOME).query(Long.class).single();
        String me = voter(adult);
        String hall = page(me, "/topics");
        assertThat(card(hall, "小区健身角改造")).contains("议事会议：" + day + " 居民代表会议，党群服务中心会议室")
                .contains("您不在本次会议的代表名册上");
        assertThat(card(hall, "社区公益金使用计划")).contains("议事会议：" + TODAY + " 居民会议，党群服务中心会议室")
                .contains("您在本次会议名册上，开始表决后可在议题页线上投票").contains("href=\"/topics/" + whole + "\"");

        assertThat(flash(post("/meetings/{id}/voting", meeting), "worker")).startsWith("saved:");
        assertThat(card(page(me, "/topics"), "社区公益金使用计划")).contains("正在开会：" + TODAY).contains("正在表决：您可以在议题页线上投票")
                .contains("去投票");
        assertThat(vote(me, meeting, whole, "FOR")).startsWith("saved:");
        assertThat(card(page(me, "/topics"), "社区公益金使用计划")).contains("您已在线投票：赞成");

        // A resident whose account is not bound is told to bind it first.
        if (accounts.findByUsername("hall-unbound").isEmpty()) {
            accounts.createSystemAccount("hall-unbound", "未认证居民", Role.RESIDENT, committee(HOME), "x");
        }
        assertThat(card(page("hall-unbound", "/topics"), "社区公益金使用计划")).contains("完成实名认证后，可在线上议事厅投票")
                .contains("href=\"/me\"");

        // Once cancelled, the meeting is no longer the next one.
        assertThat(flash(cancel(meeting, "场地临时征用"), "worker")).startsWith("saved:");
        assertThat(card(page(me, "/topics"), "社区公益金使用计划")).doesNotContain("居民会议").doesNotContain("data-testid=\"next-meeting\"");
    }

    // ------------------------------------------------------------------ helpers

    /** The hall's card of one topic. */
    private static String card(String hall, String title) {
        int at = hall.indexOf(">" + title + "<");
        assertThat(at).as(title).isPositive();
        return hall.substring(at, hall.indexOf("</article>", at));
    }

    private Division committee(String code) {
        return divisions.findByCode(code).orElseThrow();
    }

    /** A resident account bound to the resident (made once, reused). */
    private String voter(long residentId) {
        List<String> bound = jdbc.sql("""
                        SELECT a.username FROM resident_account b JOIN account a ON a.id = b.account_id WHERE b.resident_id = :r""")
                .param("r", residentId).query(String.class).list();
        if (!bound.isEmpty()) {
            return bound.get(0);
        }
        String username = "cancel-voter-" + residentId;
        accounts.createSystemAccount(username, username, Role.RESIDENT, committee(HOME), "x");
        bindings.enrol(accounts.findByUsername(username).orElseThrow().id(), residentId, committee(HOME));
        return username;
    }

    private long topicAtResolution(String title) throws Exception {
        String location = mvc.perform(post("/topics").param("title", title).param("body", title + "，需要会议表决决定。")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/topics/{id}/review", id).param("outcome", "ADMITTED").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/topics/{id}/stages/0", id).param("record", "议案：" + title).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private MockHttpServletRequestBuilder conveneRequest(long topic, String kind, String basis, LocalDate day) {
        return post("/meetings").param("kind", kind).param("basis", basis).param("heldOn", day.toString())
                .param("place", "党群服务中心会议室").param("chair", "张丽").param("recorder", "李强").param("topics", String.valueOf(topic))
                .with(as("worker")).with(csrf());
    }

    private long convene(long topic, String kind, String basis, LocalDate day) throws Exception {
        MvcResult r = mvc.perform(conveneRequest(topic, kind, basis, day)).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).as(r.getResponse().getContentAsString()).isNotNull();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String conveneRefused(long topic) throws Exception {
        return mvc.perform(conveneRequest(topic, "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES", TODAY))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder cancel(long meeting, String reason) {
        return post("/meetings/{id}/cancel", meeting).param("reason", reason);
    }

    private String vote(String who, long meeting, long topic, String choice) throws Exception {
        return flash(post("/meetings/{id}/ballot", meeting).param("topic", String.valueOf(topic)).param("choice", choice), who);
    }

    /** "saved:…" or "error:…", as the page after the redirect shows it. */
    private String flash(MockHttpServletRequestBuilder request, String who) throws Exception {
        MvcResult result = mvc.perform(request.with(as(who)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        Object saved = result.getFlashMap().get("saved");
        return saved != null ? "saved:" + saved : "error:" + result.getFlashMap().get("error");
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
