package org.linli.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.linli.testing.VolunteerFixtures;
import org.linli.testing.VolunteerFixtures.Attended;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hours from signing in and out by an activity's code: rounded to the quarter hour by the rule book,
 * capped at the activity's length; a forgotten sign-out counted to the end and flagged 待确认 until
 * the organiser confirms it; certification publishes the event once; the refusals of the phone page.
 */
@LinliTest
@RecordApplicationEvents
class VolunteerHoursTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Clock zone;
    @Autowired
    ApplicationEvents events;

    private LocalDate day(int daysAhead) {
        return clock.today().plusDays(daysAhead);
    }

    private String check(String user, String code, String action) throws Exception {
        return mvc.perform(post("/activities/check").with(as(user)).with(csrf()).param("code", code).param("action", action))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void signingInAndOutCountsTheMinutesRoundedToTheQuarterHourAndCappedAtTheActivity() throws Exception {
        LocalDate day = day(3);
        long first = VolunteerFixtures.activity(mvc, "楼道清理（一）", day, "09:00", "11:30", 10);
        String code = VolunteerFixtures.code(jdbc, first);
        clock.setTo(VolunteerFixtures.at(day, "09:00", zone.getZone()));
        check("resident", code, "");
        assertThat(VolunteerFixtures.attendance(jdbc, first, "resident").status()).isEqualTo("SIGNED_IN");
        clock.advance(Duration.ofMinutes(67));
        check("resident", code, "");
        Attended out = VolunteerFixtures.attendance(jdbc, first, "resident");
        assertThat(out.status()).isEqualTo("SIGNED_OUT");
        assertThat(out.minutes()).as("67 minutes round down to an hour").isEqualTo(60);

        long second = VolunteerFixtures.activity(mvc, "楼道清理（二）", day, "13:00", "14:00", 10);
        String code2 = VolunteerFixtures.code(jdbc, second);
        clock.setTo(VolunteerFixtures.at(day, "12:00", zone.getZone()));
        check("resident", code2, "IN");
        clock.advance(Duration.ofMinutes(68));
        String page = check("resident", code2, "OUT");
        assertThat(VolunteerFixtures.attendance(jdbc, second, "resident").minutes()).as("68 minutes round to 75, capped at the hour")
                .isEqualTo(60);
        assertThat(page).doesNotContain("check-refusal");

        long third = VolunteerFixtures.activity(mvc, "楼道清理（三）", day, "15:00", "17:00", 10);
        String code3 = VolunteerFixtures.code(jdbc, third);
        clock.setTo(VolunteerFixtures.at(day, "15:00", zone.getZone()));
        check("resident", code3, "");
        clock.advance(Duration.ofMinutes(68));
        check("resident", code3, "");
        assertThat(VolunteerFixtures.attendance(jdbc, third, "resident").minutes()).as("68 minutes round up to 75").isEqualTo(75);
    }

    @Test
    void aForgottenSignOutIsCountedToTheEndAndWaitsForTheOrganiser() throws Exception {
        LocalDate day = day(4);
        long activity = VolunteerFixtures.activity(mvc, "助老送餐", day, "09:00", "11:30", 10);
        String code = VolunteerFixtures.code(jdbc, activity);
        clock.setTo(VolunteerFixtures.at(day, "09:10", zone.getZone()));
        check("resident", code, "");
        // Within the grace period (60 minutes after the end) the attendance is still open.
        clock.setTo(VolunteerFixtures.at(day, "12:29", zone.getZone()));
        mvc.perform(get("/activities/" + activity).with(as("worker"))).andExpect(status().isOk());
        assertThat(VolunteerFixtures.attendance(jdbc, activity, "resident").status()).isEqualTo("SIGNED_IN");
        clock.setTo(VolunteerFixtures.at(day, "12:31", zone.getZone()));
        String page = mvc.perform(get("/activities/" + activity).with(as("worker"))).andReturn().getResponse().getContentAsString();
        Attended forgotten = VolunteerFixtures.attendance(jdbc, activity, "resident");
        assertThat(forgotten.status()).isEqualTo("UNCONFIRMED");
        assertThat(forgotten.minutes()).as("09:10 to the end at 11:30 is 140 minutes, 135 to the quarter").isEqualTo(135);
        assertThat(page).contains("待确认");
        assertThat(check("resident", code, "")).contains("签到码已过期，活动签到签退已结束");

        // Not certifiable until the organiser confirms it.
        assertThat(mvc.perform(post("/activities/" + activity + "/certify").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("没有可认证的签到记录");
        mvc.perform(post("/activities/" + activity + "/attendances/" + forgotten.id()).with(as("worker")).with(csrf())
                .param("hours", "2").param("note", "11:10 离开，电话核实")).andExpect(status().is3xxRedirection());
        assertThat(VolunteerFixtures.attendance(jdbc, activity, "resident")).isEqualTo(new Attended(forgotten.id(), "SIGNED_OUT", 120));
    }

    @Test
    void certifyingPublishesTheEventOnceAndCreditsTheTimeBank() throws Exception {
        LocalDate day = day(5);
        long activity = VolunteerFixtures.activity(mvc, "义务理发", day, "09:00", "11:00", 10);
        String code = VolunteerFixtures.code(jdbc, activity);
        clock.setTo(VolunteerFixtures.at(day, "09:00", zone.getZone()));
        check("resident", code, "");
        clock.advance(Duration.ofMinutes(90));
        check("resident", code, "");
        long volunteer = VolunteerFixtures.volunteerOf(jdbc, "resident");
        long before = balance(volunteer);

        mvc.perform(post("/activities/" + activity + "/certify").with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/activities/" + activity + "/certify").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("没有可认证的签到记录");

        Attended a = VolunteerFixtures.attendance(jdbc, activity, "resident");
        assertThat(a.status()).isEqualTo("CERTIFIED");
        assertThat(events.stream(VolunteerHoursCertified.class).filter(e -> e.activityId() == activity).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.attendanceId()).isEqualTo(a.id());
                    assertThat(e.volunteerId()).isEqualTo(volunteer);
                    assertThat(e.residentId()).isNotNull();
                    assertThat(e.minutes()).isEqualTo(90);
                    assertThat(e.day()).isEqualTo(day);
                    assertThat(e.committeePath()).isEqualTo(VolunteerFixtures.COMMITTEE_PATH);
                });
        assertThat(balance(volunteer)).isEqualTo(before + 90);
        // A certified attendance is not corrected any more.
        assertThat(mvc.perform(post("/activities/" + activity + "/attendances/" + a.id()).with(as("worker")).with(csrf())
                .param("hours", "1")).andReturn().getResponse().getContentAsString()).contains("时长已认证，不能再修改");
    }

    @Test
    void thePhonePageRefusesInChinese() throws Exception {
        LocalDate day = day(6);
        long activity = VolunteerFixtures.activity(mvc, "文明劝导", day, "09:00", "11:00", 10);
        String code = VolunteerFixtures.code(jdbc, activity);
        clock.setTo(VolunteerFixtures.at(day, "07:30", zone.getZone()));
        assertThat(check("resident", code, "")).contains("活动尚未开始，开始前 60 分钟起可签到");
        clock.setTo(VolunteerFixtures.at(day, "09:00", zone.getZone()));
        assertThat(check("resident", "ZZZZZZ", "")).contains("签到码有误，请核对后重新输入");
        assertThat(check("resident", "", "")).contains("请输入签到码");
        assertThat(check("resident", code, "OUT")).contains("您尚未签到，不能签退");
        check("resident", code, "IN");
        assertThat(check("resident", code, "IN")).contains("您已签到，无需重复签到");
        clock.advance(Duration.ofMinutes(2));
        assertThat(check("resident", code, "")).as("a second scan at once is not a sign-out").contains("您已签到，无需重复签到");
        assertThat(VolunteerFixtures.attendance(jdbc, activity, "resident").status()).isEqualTo("SIGNED_IN");
        clock.advance(Duration.ofMinutes(60));
        check("resident", code, "");
        assertThat(check("resident", code, "")).contains("您已签退，本次活动不能再次签到");
        // A staff account is no volunteer; the code of an activity of another committee reads as wrong.
        assertThat(check("worker", code, "")).contains("您还不是志愿者，请先注册");
        assertThat(check(VolunteerFixtures.NEIGHBOUR_GRID_WORKER, code, "")).contains("签到码有误");
        // After the end and the grace period the code has expired.
        clock.setTo(VolunteerFixtures.at(day, "12:01", zone.getZone()));
        assertThat(check("resident", code, "")).contains("签到码已过期");
        // What was typed stays in the field.
        assertThat(check("resident", "ZZZZZZ", "")).contains("value=\"ZZZZZZ\"");
    }

    private long balance(long volunteer) {
        return jdbc.sql("SELECT coalesce(sum(minutes), 0) FROM volunteer_bank_entry WHERE volunteer_id = :v").param("v", volunteer)
                .query(Long.class).single();
    }
}
