package org.linli.casework;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.calendar.TimeLimit;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.shared.Times;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Departments, categories and the working calendar: who may change them, and what a change does. */
@LinliTest
class CaseSettingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkCalendar calendar;

    @Autowired
    TestClock clock;

    @Test
    void aHolidayAddedByTheDistrictMovesDueTimes() throws Exception {
        var start = LocalDateTime.parse("2027-03-05T17:00").atZone(Times.zone()).toOffsetDateTime(); // a Friday
        assertThat(calendar.due(start, TimeLimit.parse("1wh"))).isEqualTo(at("2027-03-08T09:00"));
        mvc.perform(post("/calendar/days").param("day", "2027-03-08").param("working", "false").param("name", "测试假日")
                .with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(calendar.due(start, TimeLimit.parse("1wh"))).isEqualTo(at("2027-03-09T09:00"));
        assertThat(page("worker", "/calendar?year=2027")).contains("测试假日");
        mvc.perform(post("/calendar/days/2027-03-08/delete").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(calendar.due(start, TimeLimit.parse("1wh"))).isEqualTo(at("2027-03-08T09:00"));

        String noName = mvc.perform(post("/calendar/days").param("day", "2027-03-08").param("working", "false")
                .with(as("admin")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(noName).contains("请填写名称");
        String overlap = mvc.perform(post("/calendar/periods").param("starts", "08:30", "11:00").param("ends", "12:00", "17:30")
                .with(as("admin")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(overlap).contains("与前一时段重叠");
        mvc.perform(post("/calendar/days").param("day", "2027-03-08").param("name", "越权").with(as("street")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void categoriesAreEditedByTheDistrictAndTheirLimitsInTheRuleBook() throws Exception {
        // A limit is set in the rule book for the administrator's region; one written wrongly is refused there.
        String bad = mvc.perform(post("/rules/values").param("rule", "case.finish-limit").param("subject", "OTHER")
                        .param("region", "150104").param("value", "2 hours").param("effectiveFrom", clock.today().toString())
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("时限“2 hours”应写作数字加单位").contains("2 hours");
        mvc.perform(post("/rules/values").param("rule", "case.finish-limit").param("subject", "OTHER").param("region", "150104")
                .param("value", "10d").param("effectiveFrom", clock.today().toString()).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/case-categories/OTHER").param("name", "其他事项").param("autoEscalate", "on").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT name || ':' || auto_escalate FROM case_category WHERE code = 'OTHER'").query(String.class).single())
                .isEqualTo("其他事项:true");
        String refused = mvc.perform(post("/case-categories/OTHER").param("name", " ").param("code", "OTHER").with(as("admin"))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请填写类别名称");
        mvc.perform(post("/case-categories/OTHER").param("name", "x").with(as("worker")).with(csrf())).andExpect(status().isNotFound());
        // Everyone reads the catalogue with the limits in force where they work.
        assertThat(page("worker", "/case-categories")).contains("其他事项").doesNotContain("action=\"/case-categories/OTHER\"")
                .contains("data-testid=\"OTHER-case.finish-limit\" data-limit=\"10d\"");
    }

    @Test
    void departmentsAreCreatedWithinScopeAndGainStaff() throws Exception {
        // What the form itself gets wrong is shown all at once; where the department would sit is looked up after.
        String errors = mvc.perform(post("/departments").param("code", "x").param("name", "").param("divisionCode", "150104001002")
                .with(as("street")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("编码为 2–32 位").contains("请填写部门名称").contains("value=\"150104001002\"");
        String committee = mvc.perform(post("/departments").param("code", "xzq-wrong").param("name", "设错地方的部门")
                .param("divisionCode", "150104001002").with(as("street")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(committee).contains("部门应设在您管辖范围内的区县或街道乡镇").contains("value=\"设错地方的部门\"");
        mvc.perform(post("/departments").param("code", "xzq-sgs").param("name", "小召前街市政所").param("divisionCode", "150104001")
                .with(as("street")).with(csrf())).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM department WHERE code = 'XZQ-SGS'").query(Long.class).single();
        String notStaff = mvc.perform(post("/departments/{id}/members", id).param("username", "worker").with(as("street")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(notStaff).contains("只有“职能部门人员”账户可以加入部门");
        mvc.perform(post("/departments").param("code", "OUT-1").param("name", "越权部门").param("divisionCode", "150104002")
                .with(as("street")).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/departments").param("code", "W-1").param("name", "社区部门").param("divisionCode", "150104001")
                .with(as("worker")).with(csrf())).andExpect(status().isNotFound());
        assertThat(page("street", "/departments")).contains("小召前街市政所").contains("玉泉区城市管理综合行政执法局");
        assertThat(page("street", "/departments/" + id)).contains("小召前街市政所");
    }

    private static java.time.OffsetDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(Times.zone()).toOffsetDateTime();
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
