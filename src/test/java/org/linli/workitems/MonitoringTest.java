package org.linli.workitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.Departments;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.testing.AdmissionFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The monitoring channel: a committee reports unadmitted work; the district sees the department named; the department does not. */
@LinliTest
class MonitoringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Divisions divisions;
    @Autowired
    Departments departments;
    @Autowired
    TestClock clock;

    @BeforeEach
    void setUp() {
        new AdmissionFixtures(jdbc, users).account("street2", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow());
    }

    private String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDistrictSeesTheReportWithTheDepartmentNamedAndMarksItHandled() throws Exception {
        long dept = departments.of(new AdmissionFixtures(jdbc, users).user("dept")).orElseThrow().id();
        String name = departments.get(dept).name();
        mvc.perform(post("/workitems/report-unadmitted").with(as("worker")).with(csrf()).param("departmentId", String.valueOf(dept))
                        .param("what", "要求社区每周报送沿街商户台账").param("pushedOn", clock.today().minusDays(3).toString())
                        .param("evidence", "微信工作群通知截图：请各社区周五前报送"))
                .andExpect(redirectedUrl("/workitems/report-unadmitted"));
        long id = jdbc.sql("SELECT id FROM unadmitted_report WHERE what = '要求社区每周报送沿街商户台账'").query(Long.class).single();

        String district = page("/workitems/monitoring", "admin");
        assertThat(district).contains("要求社区每周报送沿街商户台账").contains(name).contains("五塔北街")
                .contains("data-department=\"" + name + "\"");
        assertThat(page("/workitems/monitoring", "street")).contains("要求社区每周报送沿街商户台账");
        assertThat(page("/workitems/report-unadmitted", "worker")).contains("要求社区每周报送沿街商户台账");
        assertThat(page("/workitems/monitoring", "street2")).doesNotContain("要求社区每周报送沿街商户台账");
        mvc.perform(get("/workitems/monitoring").with(as("dept"))).andExpect(status().isNotFound());
        mvc.perform(get("/workitems/report-unadmitted").with(as("dept"))).andExpect(status().isNotFound());

        String noNote = mvc.perform(post("/workitems/monitoring/" + id + "/handled").with(as("admin")).with(csrf()).param("note", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noNote).contains("请填写处理情况");
        mvc.perform(post("/workitems/monitoring/" + id + "/handled").with(as("street")).with(csrf()).param("note", "已约谈"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workitems/monitoring/" + id + "/handled").with(as("admin")).with(csrf()).param("note", "已约谈该局，停止报送"))
                .andExpect(redirectedUrl("/workitems/monitoring"));
        assertThat(page("/workitems/report-unadmitted", "worker")).contains("已约谈该局，停止报送");
    }

    @Test
    void aReportNeedsADepartmentAndWhatWasPushedKeepingWhatWasTyped() throws Exception {
        String again = mvc.perform(post("/workitems/report-unadmitted").with(as("worker")).with(csrf()).param("departmentId", "")
                        .param("what", "").param("pushedOn", clock.today().toString()).param("evidence", "电话通知"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("请选择布置任务的部门").contains("请填写被布置的任务").contains("电话通知");
    }
}
