package org.linli.casework;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.linli.LinliTest;
import org.linli.casework.internal.Deadlines;
import org.linli.notice.Outbox;
import org.linli.notice.RecordingGateway;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The reporter's side (report without signing in, track, rate) and the clock's (overdue, escalation). */
@LinliTest
class ReporterAndClockTest {

    @Autowired
    EventPublicationRegistry events;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    RecordingGateway gateway;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TestClock clock;

    CaseworkFixtures cases;

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
    }

    @Test
    void aResidentReportsWithoutSigningInFollowsTheCaseAndABadRatingReopensIt() throws Exception {
        String refused = mvc.perform(post("/report").with(csrf()).param("placeCode", "150104001002").param("category", "PROPERTY")
                        .param("description", "电梯停运两天，老人上下楼困难").param("reporterPhone", "1381234"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("手机号应为 11 位").contains("电梯停运两天，老人上下楼困难");

        String location = mvc.perform(post("/report").with(csrf()).param("placeCode", "150104001002").param("category", "PROPERTY")
                        .param("description", "电梯停运两天，老人上下楼困难").param("reporterPhone", "13812340001")
                        .param("submissionKey", "resident-form-0001"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/track/".length(), location.indexOf("?"));
        String track = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(track).contains(code).contains("已上报").doesNotContain("13812340001").doesNotContain("138****0001");
        long id = jdbc.sql("SELECT id FROM case_record WHERE tracking_code = :c").param("c", code).query(Long.class).single();

        // The committee hears of it in the app; the reporter gets the tracking code by SMS.
        Events.settle(events);
        assertThat(mvc.perform(get("/notices").with(as("worker"))).andReturn().getResponse().getContentAsString())
                .contains("新诉求待受理：电梯停运两天");
        Events.settle(events);
        outbox.deliver();
        assertThat(gateway.sent()).anyMatch(m -> m.recipient().equals("13812340001") && m.text().contains(code));
        assertThat(jdbc.sql("SELECT recipient_mask FROM outbound_message WHERE text LIKE '%' || :c || '%'").param("c", code)
                .query(String.class).list()).containsOnly("138****0001");
        // The district's administrator sees the message in the outbox, but not the code that opens the case to its holder.
        assertThat(mvc.perform(get("/notices").with(as("admin"))).andReturn().getResponse().getContentAsString())
                .contains("您反映的问题已登记").doesNotContain(code);

        // Handlers see the number masked and may reveal it, which is audited.
        String casePage = mvc.perform(get("/cases/{id}", id).with(as("worker"))).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("138****0001").doesNotContain("13812340001");
        assertThat(mvc.perform(post("/cases/{id}/reporter-phone", id).with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("13812340001");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CASE_REPORTER_REVEAL' AND actor = 'worker'")
                .query(Long.class).single()).isPositive();
        mvc.perform(post("/cases/{id}/reporter-phone", id).with(as("grid")).with(csrf())).andExpect(status().isNotFound());

        String[][] moves = {{"ACCEPTED", "已联系物业经理，内部跟进"}, {"VERIFYING", "物业已更换电梯主板，运行正常"},
                {"CLOSED", "经回访核查，电梯已恢复运行，予以结案"}};
        for (String[] m : moves) {
            mvc.perform(post("/cases/{id}/move", id).param("to", m[0]).param("note", m[1]).with(as("worker")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        // The reporter reads the answers (handing over and closing), not the inside note, before being asked to rate.
        String closed = mvc.perform(get("/track/{c}", code)).andReturn().getResponse().getContentAsString();
        assertThat(closed).contains("data-testid=\"track-outcome\"").contains("物业已更换电梯主板，运行正常")
                .contains("经回访核查，电梯已恢复运行，予以结案").doesNotContain("内部跟进").doesNotContain(">worker<");
        assertThat(closed.indexOf("data-testid=\"track-outcome\"")).isLessThan(closed.indexOf("data-testid=\"rate-form\""));
        String wrongPhone = mvc.perform(post("/track/{c}/rate", code).with(csrf()).param("score", "1").param("comment", "电梯又坏了")
                        .param("phone", "13900000000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrongPhone).contains("只有反映人可以评价").contains("电梯又坏了");
        String noReason = mvc.perform(post("/track/{c}/rate", code).with(csrf()).param("score", "2").param("phone", "13812340001"))
                .andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("不满意时请说明原因");
        mvc.perform(post("/track/{c}/rate", code).with(csrf()).param("score", "1").param("comment", "电梯又坏了")
                        .param("phone", "13812340001"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM case_record WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("REOPENED");
        Events.settle(events);
        assertThat(mvc.perform(get("/notices").with(as("worker"))).andReturn().getResponse().getContentAsString())
                .contains("诉求被重新打开");

        // Rectified and closed again: the second rating is good and the case stays closed.
        for (String to : new String[] {"ACCEPTED", "VERIFYING", "CLOSED"}) {
            mvc.perform(post("/cases/{id}/move", id).param("to", to).param("note", "更换电梯主板").with(as("worker")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/track/{c}/rate", code).with(csrf()).param("score", "5").param("phone", "13812340001"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status || ':' || rating FROM case_record WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("CLOSED:5");
        assertThat(mvc.perform(post("/track/{c}/rate", code).with(csrf()).param("score", "4").param("phone", "13812340001"))
                .andReturn().getResponse().getContentAsString()).contains("该诉求当前不需要评价");
    }

    @Test
    void aSignedInResidentSeesOwnCasesOnlyAndRatesWithoutAPhone() throws Exception {
        String location = mvc.perform(post("/report").with(as("resident")).with(csrf()).param("placeCode", "150104001002")
                        .param("category", "SANITATION").param("description", "小区东门垃圾桶满溢"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get("/track").with(as("resident"))).andReturn().getResponse().getContentAsString())
                .contains("小区东门垃圾桶满溢");
        String code = location.substring("/track/".length(), location.indexOf("?"));
        long id = jdbc.sql("SELECT id FROM case_record WHERE tracking_code = :c").param("c", code).query(Long.class).single();
        mvc.perform(get("/cases/{id}", id).with(as("resident"))).andExpect(status().isForbidden());
        for (String to : new String[] {"ACCEPTED", "VERIFYING", "CLOSED"}) {
            mvc.perform(post("/cases/{id}/move", id).param("to", to).with(as("worker")).with(csrf()));
        }
        Events.settle(events);
        assertThat(mvc.perform(get("/notices").with(as("resident"))).andReturn().getResponse().getContentAsString())
                .contains("已办结，请对办理结果进行评价");
        mvc.perform(post("/track/{c}/rate", code).with(as("resident")).with(csrf()).param("score", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT rating FROM case_record WHERE id = :id").param("id", id).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aWrongTrackingCodeFindsNothing() throws Exception {
        assertThat(mvc.perform(get("/track").param("code", "ZZZZZZZZ")).andReturn().getResponse().getContentAsString())
                .contains("没有找到查询码");
        mvc.perform(get("/track/{c}", "ZZZZZZZZ")).andExpect(status().isNotFound());
    }

    @Test
    void passedLimitsCountAgainstTheHolderAndEscalateWhereTheCategorySays() throws Exception {
        long auto = cases.open("worker", "SANITATION", CaseworkFixtures.COMMITTEE, "垃圾清运超时");
        long manual = cases.open("worker", "NEIGHBOURS", CaseworkFixtures.COMMITTEE, "邻里漏水纠纷");
        // Time passes (in working hours, so perhaps over a weekend) until both limits to accept have passed.
        OffsetDateTime later = cases.acceptDue(auto).isAfter(cases.acceptDue(manual)) ? cases.acceptDue(auto) : cases.acceptDue(manual);
        clock.setTo(later.plusMinutes(1).toInstant());
        assertThat(deadlines.scan(clock.now())).isGreaterThanOrEqualTo(2);
        assertThat(cases.statusOf(auto)).isEqualTo("ESCALATED");
        assertThat(cases.statusOf(manual)).isEqualTo("REPORTED");
        assertThat(jdbc.sql("SELECT count(*) FROM case_overdue WHERE case_id IN (:a, :m) AND stage = 'ACCEPT' AND division_path LIKE '%/150104001002/'")
                .param("a", auto).param("m", manual).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT actor FROM case_log WHERE case_id = :a AND to_status = 'ESCALATED'").param("a", auto)
                .query(String.class).single()).isEqualTo(Deadlines.CLOCK);
        // A second scan records nothing new.
        deadlines.scan(clock.now());
        assertThat(jdbc.sql("SELECT count(*) FROM case_overdue WHERE case_id IN (:a, :m)").param("a", auto).param("m", manual)
                .query(Long.class).single()).isEqualTo(2);
        Events.settle(events);
        assertThat(mvc.perform(get("/notices").with(as("street"))).andReturn().getResponse().getContentAsString())
                .contains("社区上报街道，请协调处置：垃圾清运超时");
        Events.settle(events);
        assertThat(mvc.perform(get("/notices").with(as("worker"))).andReturn().getResponse().getContentAsString())
                .contains("已超时（受理）：邻里漏水纠纷");

        // A summoned department that does not check in in time is counted, and the street is told.
        long cgj = cases.department("YQ-CGJ");
        cases.summon(auto, "YQ-CGJ");
        clock.setTo(cases.checkinDue(auto, cgj).plusMinutes(1).toInstant());
        deadlines.scan(clock.now());
        assertThat(jdbc.sql("SELECT count(*) FROM case_overdue WHERE case_id = :a AND stage = 'CHECKIN' AND department_id = :d")
                .param("a", auto).param("d", cgj).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/cases").with(as("dept"))).andReturn().getResponse().getContentAsString()).contains("垃圾清运超时");
    }

    @Test
    void limitsFollowTheWorkingCalendarInTheDatabase(@Autowired org.linli.casework.calendar.WorkCalendar calendar) {
        OffsetDateTime start = java.time.LocalDateTime.parse("2026-09-30T17:00").atZone(org.linli.shared.Times.zone()).toOffsetDateTime();
        assertThat(calendar.due(start, org.linli.casework.calendar.TimeLimit.parse("1wh")))
                .isEqualTo(java.time.LocalDateTime.parse("2026-10-08T09:00").atZone(org.linli.shared.Times.zone()).toOffsetDateTime());
    }
}
