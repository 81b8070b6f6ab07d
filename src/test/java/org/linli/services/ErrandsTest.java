package org.linli.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.deliberation.Bindings;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Events;
import org.linli.testing.ServicesFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Errands with the demo district: the resident asks from the catalogue, a worker takes it and logs
 * each step with the documents, the limit (the service's 3 working days after the day asked,
 * ending at midnight; weekends and holidays skipped) flags it overdue one second after it passes and not at the instant, the
 * result and the resident's rating; refusals in Chinese on their fields; nobody outside the
 * committee, and no other resident, finds it.
 */
@LinliTest
class ErrandsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Divisions divisions;

    @Autowired
    Bindings bindings;

    @Autowired
    EventPublicationRegistry events;

    @Test
    void anErrandGoesThroughItsStepsAndIsOverdueOnlyAfterItsLimit() throws Exception {
        clock.setTo(OffsetDateTime.parse("2026-12-10T10:30:00+08:00").toInstant());
        long doctor = ServicesFixtures.demoService(jdbc, DemoDivisions.COMMITTEE, "家庭医生签约");
        String location = mvc.perform(post("/errands").with(as("resident")).with(csrf()).param("serviceId", String.valueOf(doctor))
                        .param("details", "想和家庭医生签约，请帮我预约"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/errands/".length()));
        // asked on Thursday the 10th, three working days not counting that day (Friday, then Monday and
        // Tuesday after the weekend): the limit is the end of the 15th
        OffsetDateTime due = jdbc.sql("SELECT due_at FROM errand WHERE id = :id").param("id", id).query(OffsetDateTime.class).single();
        assertThat(due.toInstant()).isEqualTo(OffsetDateTime.parse("2026-12-16T00:00:00+08:00").toInstant());
        assertThat(page(location, "resident")).contains("data-status=\"ASKED\"", "2026-12-15 当日内").doesNotContain("errand-step-form");
        assertThat(page("/errands", "worker")).contains("data-id=\"" + id + "\"");

        step(id, "TAKEN", "worker").andExpect(status().is3xxRedirection());
        String missing = step(id, "RECEIVED", "worker").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("data-testid=\"errand-documents-error\">请逐行列出收取或退还的材料");
        step(id, "RECEIVED", "worker", "documents", "居民身份证\n医保卡").andExpect(status().is3xxRedirection());
        String twice = step(id, "TAKEN", "worker").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("代办当前已收材料，不能进行这一步");
        step(id, "SUBMITTED", "worker", "note", "已交社区卫生服务站").andExpect(status().is3xxRedirection());
        step(id, "RETURNED", "worker", "documents", "居民身份证").andExpect(status().is3xxRedirection());

        // the clock runs on from where it is set: a second before the limit, then a second after it
        clock.setTo(due.toInstant().minusSeconds(1));
        assertThat(page(location, "worker")).doesNotContain("data-testid=\"errand-overdue\"");
        assertThat(page("/errands?overdue=true", "worker")).doesNotContain("data-id=\"" + id + "\"");
        clock.setTo(due.toInstant().plusSeconds(1));
        assertThat(page(location, "worker")).contains("data-testid=\"errand-overdue\"");
        assertThat(page("/errands?overdue=true", "worker")).contains("data-id=\"" + id + "\"");

        String noResult = step(id, "DONE", "worker").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noResult).contains("data-testid=\"errand-result-error\">请填写办理结果");
        step(id, "DONE", "worker", "result", "已与王医生签约，签约卡已送到家").andExpect(status().is3xxRedirection());
        String done = page(location, "resident");
        assertThat(done).contains("data-status=\"DONE\"", "errand-late", "已与王医生签约", "医保卡", "errand-rating-form")
                .doesNotContain("data-testid=\"errand-overdue\"");
        assertThat(done.split("data-testid=\"errand-step\"", -1)).hasSize(7);

        String bad = mvc.perform(post(location + "/rating").with(as("resident")).with(csrf()).param("rating", "6"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("data-testid=\"errand-rating-error\">评价为1至5星");
        mvc.perform(post(location + "/rating").with(as("worker")).with(csrf()).param("rating", "5")).andExpect(status().isOk());
        mvc.perform(post(location + "/rating").with(as("resident")).with(csrf()).param("rating", "4").param("comment", "很及时"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post(location + "/rating").with(as("resident")).with(csrf()).param("rating", "1"))
                .andReturn().getResponse().getContentAsString()).contains("您已评价过这项代办");
        assertThat(page(location, "worker")).contains("data-rating=\"4\"", "很及时");

        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ERRAND_STEP' AND target LIKE :t")
                .param("t", "代办 #" + id + " %").query(Long.class).single()).isEqualTo(5);
        Events.settle(events);
        long account = jdbc.sql("SELECT id FROM account WHERE username = 'resident'").query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE account_id = :a AND link = :l").param("a", account)
                .param("l", location).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void theLimitItselfIsStillInTime() {
        OffsetDateTime due = OffsetDateTime.parse("2026-12-11T00:00:00+08:00");
        var errand = new org.linli.services.errands.Errand(1, 1, "/", "/", 1, "服务", 1, 1, null, "说明",
                org.linli.services.errands.ErrandStatus.TAKEN, "worker", due.minusDays(4), due, null, null, null, null, null, null, null, 0);
        assertThat(errand.overdue(due)).isFalse();
        assertThat(errand.overdue(due.plusNanos(1000))).isTrue();
        assertThat(errand.lastDay()).isEqualTo(java.time.LocalDate.of(2026, 12, 10));
    }

    @Test
    void refusalsAreInChineseOnTheirFieldsKeepingWhatWasTyped() throws Exception {
        long doctor = ServicesFixtures.demoService(jdbc, DemoDivisions.COMMITTEE, "家庭医生签约");
        String empty = mvc.perform(post("/errands").with(as("resident")).with(csrf()).param("serviceId", String.valueOf(doctor))
                .param("details", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("data-testid=\"errand-details-error\">请说明需要代办的事情", "data-testid=\"errand-form\"");
        String nobody = mvc.perform(post("/errands").with(as("worker")).with(csrf()).param("serviceId", String.valueOf(doctor))
                .param("details", "为独居老人代办")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(nobody).contains("data-testid=\"errand-resident-error\">请选择为哪位居民代办", "为独居老人代办");
        long meals = ServicesFixtures.demoService(jdbc, DemoDivisions.COMMITTEE, "老年人助餐");
        assertThat(mvc.perform(post("/errands").with(as("resident")).with(csrf()).param("serviceId", String.valueOf(meals))
                .param("details", "代订午餐")).andReturn().getResponse().getContentAsString()).contains("该服务不提供代办");

        String service = mvc.perform(post("/services").with(as("worker")).with(csrf()).param("title", "").param("category", "养老")
                        .param("provider", "社区").param("place", "服务中心").param("hours", "工作日").param("errand", "true")
                        .param("errandDays", "99"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(service).contains("请填写服务名称", "办结时限应为1至60个工作日", "value=\"服务中心\"");
        // only the committee's workers keep the catalogue: for anyone else the form does not exist
        mvc.perform(post("/services").with(as("resident")).with(csrf()).param("title", "自创服务").param("category", "养老")
                .param("provider", "我").param("place", "家").param("hours", "随时")).andExpect(status().isNotFound());
        mvc.perform(get("/services/new").with(as("street"))).andExpect(status().isNotFound());
        String far = mvc.perform(post("/services/facilities").with(as("worker")).with(csrf()).param("kind", "MARKET")
                        .param("name", "伦敦菜市场").param("latitude", "51.5").param("longitude", "-0.12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(far).contains("坐标应为我国境内的经纬度", "value=\"伦敦菜市场\"");
        String distant = mvc.perform(post("/services/facilities").with(as("worker")).with(csrf()).param("kind", "MARKET")
                        .param("name", "包头菜市场").param("latitude", "40.65").param("longitude", "109.84"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(distant).contains("超过3000米，请核对坐标");
    }

    @Test
    void nobodyOutsideTheCommitteeAndNoOtherResidentFindsAnErrand() throws Exception {
        long doctor = ServicesFixtures.demoService(jdbc, DemoDivisions.COMMITTEE, "家庭医生签约");
        String location = mvc.perform(post("/errands").with(as("resident")).with(csrf()).param("serviceId", String.valueOf(doctor))
                        .param("details", "只给本人和本社区看"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Division committee = divisions.findByCode(DemoDivisions.COMMITTEE).orElseThrow();
        Division other = divisions.findByCode(DemoDivisions.OTHER_COMMITTEE).orElseThrow();
        TestUser.withAccount(jdbc, "errand-other-worker", "邻社区社工", Role.COMMUNITY_WORKER, other);
        TestUser.withAccount(jdbc, "errand-other-street", "他街街道", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow());
        TestUser neighbour = TestUser.withAccount(jdbc, "errand-neighbour", "邻居", Role.RESIDENT, committee);
        long bound = jdbc.sql("SELECT household_id FROM resident WHERE id = (SELECT resident_id FROM errand WHERE id = :id)")
                .param("id", Long.parseLong(location.substring(9))).query(Long.class).single();
        long someoneElse = jdbc.sql("""
                        SELECT r.id FROM resident r WHERE r.division_path LIKE :p || '%' AND r.household_id <> :h AND r.status = 'LIVING'
                          AND r.birth_date < :adult AND NOT EXISTS (SELECT 1 FROM resident_account a WHERE a.resident_id = r.id)
                        ORDER BY r.id LIMIT 1""")
                .param("p", committee.path()).param("h", bound).param("adult", clock.today().minusYears(18)).query(Long.class).single();
        if (bindings.of(neighbour.accountId()).isEmpty()) {
            bindings.enrol(neighbour.accountId(), someoneElse, committee);
        }

        for (String who : new String[]{"errand-other-worker", "errand-other-street", "errand-neighbour"}) {
            mvc.perform(get(location).with(as(who))).andExpect(status().isNotFound());
            mvc.perform(post(location + "/step").with(as(who)).with(csrf()).param("step", "TAKEN").param("version", "0"))
                    .andExpect(status().isNotFound());
            assertThat(page("/errands", who)).doesNotContain("只给本人和本社区看").doesNotContain("href=\"" + location + "\"");
        }
        mvc.perform(get(location).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/services/" + doctor).with(as("errand-other-worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/services/circle").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/errands/new?service=" + doctor).with(as("errand-other-worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/services?committee=" + other.id()).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/services?committee=" + other.id()).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/services?committee=" + committee.id()).with(as("errand-other-street"))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions step(long id, String step, String who, String... fields) throws Exception {
        int version = jdbc.sql("SELECT version FROM errand WHERE id = :id").param("id", id).query(Integer.class).single();
        MockHttpServletRequestBuilder request = post("/errands/" + id + "/step").with(as(who)).with(csrf()).param("step", step)
                .param("version", String.valueOf(version));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private String page(String url, String who) throws Exception {
        return mvc.perform(get(url).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
