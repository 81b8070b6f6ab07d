package org.linli.deliberation.meetings;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.deliberation.matters.Matter;
import org.linli.deliberation.matters.Matters;
import org.linli.division.Divisions;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A topic admitted under an entry of the catalogue of matters goes only before the body the entry
 * names, through the roll-call meetings and the typed form alike; and a matter that must be
 * deliberated is never declined at pre-review.
 */
@LinliTest
class DecidingBodyTest {

    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Matters matters;
    @Autowired
    Divisions divisions;

    @Test
    void theBodyTheCatalogueNamesTheTopicGoesBefore() {
        assertThat(MeetingKind.RESIDENTS_MEETING.deciders()).containsExactly(MeetingKind.RESIDENTS_MEETING);
        assertThat(MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING.deciders())
                .containsExactly(MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING, MeetingKind.RESIDENTS_MEETING);
        assertThat(MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING.deciders())
                .containsExactly(MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING, MeetingKind.VILLAGERS_MEETING);
        assertThat(MeetingKind.JOINT_COMMITTEES_MEETING.deciders()).containsExactly(MeetingKind.JOINT_COMMITTEES_MEETING);
        assertThat(MeetingKind.ESTATE_COUNCIL.deciders()).containsExactly(MeetingKind.ESTATE_COUNCIL);
    }

    @Test
    void aMatterOfTheResidentsMeetingIsNotPassedByTheRepresentatives() throws Exception {
        Matter whole = entry(MeetingKind.RESIDENTS_MEETING);
        long topic = atResolution("社区公共用房出租收益使用", whole);
        String refusal = "按议事协商事项目录，“" + whole.name() + "”须由居民会议决定，不能由居民代表会议表决";

        // The typed form: refused before anything is recorded, what was typed kept.
        String page = mvc.perform(typed(topic, "RESIDENTS_REPRESENTATIVES_MEETING", "30", "20", "18").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(refusal).contains("value=\"张丽\"");
        assertThat(meetings(topic)).isZero();
        // The page offers only the meeting the entry names.
        assertThat(page("worker", "/topics/" + topic)).contains("value=\"RESIDENTS_MEETING\"")
                .doesNotContain("value=\"RESIDENTS_REPRESENTATIVES_MEETING\"").doesNotContain("value=\"JOINT_COMMITTEES_MEETING\"");

        // Convening on the representatives' roster: refused too; a residents' meeting of the registry may be convened.
        assertThat(convene(topic, "RESIDENTS_REPRESENTATIVES_MEETING", "REPRESENTATIVES")).contains("“社区公共用房出租收益使用”：" + refusal);
        assertThat(jdbc.sql("SELECT count(*) FROM assembly_item WHERE topic_id = :t").param("t", topic).query(Long.class).single()).isZero();
        assertThat(convene(topic, "RESIDENTS_MEETING", "HOUSEHOLDS")).startsWith("redirect:");
    }

    @Test
    void aJointMeetingsMatterOnlyTakesTheTypedFormAndARepresentativesMatterAlsoTheWholeMeeting() throws Exception {
        Matter joint = entry(MeetingKind.JOINT_COMMITTEES_MEETING);
        long topic = atResolution("社区两委年度工作安排", joint);
        assertThat(convene(topic, "RESIDENTS_MEETING", "PERSONS"))
                .contains("须由两委联席会议决定，不能由居民会议表决")
                .contains("两委联席会议的成员不在居民登记中，请在议题页用“会议表决记录”录入");
        mvc.perform(typed(topic, "JOINT_COMMITTEES_MEETING", "7", "6", "5").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT passed FROM meeting_vote WHERE topic_id = :t").param("t", topic).query(Boolean.class).single()).isTrue();

        // What the catalogue leaves to the representatives the residents' meeting may also decide; an estate's council may not.
        Matter general = entry(MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING);
        long second = atResolution("社区文化活动室开放时间", general);
        assertThat(mvc.perform(typed(second, "ESTATE_COUNCIL", "15", "12", "10").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString())
                .contains("须由居民代表会议或居民会议决定，不能由小区议事会表决");
        mvc.perform(typed(second, "RESIDENTS_MEETING", "3000", "1600", "1200").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_vote WHERE topic_id = :t AND passed").param("t", second)
                .query(Long.class).single()).isEqualTo(1);

        // A topic admitted without an entry keeps every kind of meeting open.
        long free = atResolution("楼道堆物清理", null);
        mvc.perform(typed(free, "ESTATE_COUNCIL", "15", "12", "10").with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aMatterThatMustBeDeliberatedIsNotDeclined() throws Exception {
        Matter must = entry(MeetingKind.RESIDENTS_MEETING);
        assertThat(must.mandatory()).isTrue();
        long topic = propose("居民公约修改建议", "建议修改居民公约中关于养犬和垃圾投放的条款。");
        String refused = mvc.perform(review(topic, "DECLINED", "不宜协商", must.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("“" + must.name() + "”是议事协商事项目录中必须协商的事项，不能不予受理")
                .contains("可以退回修改、与其他议题合并或转为诉求办理").contains("value=\"不宜协商\"");
        assertThat(statusOf(topic)).isEqualTo("PROPOSED");
        // It may be returned for revision under the same entry.
        mvc.perform(review(topic, "RETURNED", "请写明要修改的条款原文", must.id())).andExpect(status().is3xxRedirection());
        assertThat(statusOf(topic)).isEqualTo("RETURNED");

        // An entry that may be deliberated can be declined.
        Matter may = entry(MeetingKind.ESTATE_COUNCIL);
        assertThat(may.mandatory()).isFalse();
        long other = propose("小区门口摆摊管理", "小区门口有人摆摊，建议协商管理办法。");
        mvc.perform(review(other, "DECLINED", "属于城管执法事项", may.id())).andExpect(status().is3xxRedirection());
        assertThat(statusOf(other)).isEqualTo("DECLINED");
    }

    @Test
    void withoutAnEntryAResidentsCommitteeRecordsNoVillagersMeeting() throws Exception {
        long topic = atResolution("楼道照明更换", null);
        String page = mvc.perform(typed(topic, "VILLAGERS_MEETING", "30", "20", "18").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("五塔北街社区居委会不召开“村民会议”").contains("居民会议、居民代表会议、两委联席会议、小区议事会");
        assertThat(meetings(topic)).isZero();
        assertThat(page("worker", "/topics/" + topic)).contains("value=\"RESIDENTS_MEETING\"").contains("value=\"ESTATE_COUNCIL\"")
                .doesNotContain("value=\"VILLAGERS_MEETING\"").doesNotContain("value=\"VILLAGERS_REPRESENTATIVES_MEETING\"");
        mvc.perform(typed(topic, "RESIDENTS_REPRESENTATIVES_MEETING", "30", "20", "18").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings(topic)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    private Matter entry(MeetingKind body) {
        long committee = divisions.findByCode("150104001002").orElseThrow().id();
        return matters.active(committee).stream().filter(m -> m.body() == body).findFirst().orElseThrow();
    }

    private long propose(String title, String body) throws Exception {
        String location = mvc.perform(post("/topics").param("title", title).param("body", body).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder review(long topic, String outcome, String reason, Long matter) {
        MockHttpServletRequestBuilder request = post("/topics/{id}/review", topic).param("outcome", outcome).param("reason", reason)
                .with(as("worker")).with(csrf());
        return matter == null ? request : request.param("matter", String.valueOf(matter));
    }

    /** Proposed, admitted under the entry (or none), the proposal closed: the topic waits for its vote. */
    private long atResolution(String title, Matter matter) throws Exception {
        long id = propose(title, title + "，需要按议事目录表决。");
        mvc.perform(review(id, "ADMITTED", "", matter == null ? null : matter.id())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/topics/{id}/stages/0", id).param("record", "议案：" + title).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private MockHttpServletRequestBuilder typed(long topic, String kind, String entitled, String present, String votesFor) {
        return post("/topics/{id}/meetings", topic).param("kind", kind).param("heldOn", clock.today().toString()).param("chair", "张丽")
                .param("recorder", "李强").param("entitled", entitled).param("present", present).param("votesFor", votesFor);
    }

    /** "redirect:…" when convened, else the page with its errors. */
    private String convene(long topic, String kind, String basis) throws Exception {
        MvcResult r = mvc.perform(post("/meetings").param("kind", kind).param("basis", basis).param("heldOn", clock.today().toString())
                .param("place", "党群服务中心会议室").param("chair", "张丽").param("recorder", "李强").param("topics", String.valueOf(topic))
                .with(as("worker")).with(csrf())).andReturn();
        return r.getResponse().getRedirectedUrl() != null ? "redirect:" + r.getResponse().getRedirectedUrl()
                : r.getResponse().getContentAsString();
    }

    private long meetings(long topic) {
        return jdbc.sql("SELECT count(*) FROM meeting_attempt WHERE topic_id = :t").param("t", topic).query(Long.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM topic WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
