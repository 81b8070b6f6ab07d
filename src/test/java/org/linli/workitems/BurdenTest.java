package org.linli.workitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.AdmissionFixtures.COMMITTEE_PATH;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.testing.AdmissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The burden inventory: entry by the committee or its street, counts before and now, the ranking, and scope. */
@LinliTest
class BurdenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Divisions divisions;

    AdmissionFixtures fixtures;
    long committee;

    @BeforeEach
    void setUp() {
        fixtures = new AdmissionFixtures(jdbc, users);
        fixtures.account("street2", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow());
        fixtures.account("worker4", Role.COMMUNITY_WORKER, divisions.findByCode("150104001004").orElseThrow());
        committee = divisions.findByCode("150104001002").orElseThrow().id();
    }

    private String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The page's count of one kind: recorded and kept. */
    private long[] count(String page, String kind) {
        Matcher m = Pattern.compile("data-kind=\"" + kind + "\" data-recorded=\"(\\d+)\" data-kept=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as(kind).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    @Test
    void aPlaqueRecordedThenRemovedStaysInBeforeAndLeavesNow() throws Exception {
        long[] before = count(page("/burden", "street"), "PLAQUE");
        mvc.perform(post("/burden/" + committee).with(as("worker")).with(csrf()).param("kind", "PLAQUE")
                        .param("name", "网格化服务管理中心牌子").param("departmentName", "区委政法委"))
                .andExpect(redirectedUrl("/burden/" + committee));
        long id = jdbc.sql("SELECT id FROM burden_item WHERE name = '网格化服务管理中心牌子'").query(Long.class).single();
        assertThat(page("/burden/" + committee, "worker")).contains("网格化服务管理中心牌子").contains("data-flagged=\"true\"");
        long[] added = count(page("/burden", "street"), "PLAQUE");
        assertThat(added).containsExactly(before[0] + 1, before[1] + 1);
        assertThat(count(page("/burden", "admin"), "PLAQUE")[0]).isGreaterThanOrEqualTo(added[0]);

        mvc.perform(post("/burden/" + committee + "/items/" + id + "/remove").with(as("street")).with(csrf()))
                .andExpect(redirectedUrl("/burden/" + committee));
        assertThat(count(page("/burden", "street"), "PLAQUE")).containsExactly(before[0] + 1, before[1]);
        assertThat(jdbc.sql("SELECT removed_on IS NOT NULL FROM burden_item WHERE id = :id").param("id", id).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void theCommitteeCarryingTheMostComesFirstAndUnadmittedItemsKeptAreFlagged() throws Exception {
        fixtures.burden(COMMITTEE_PATH, "APPRAISAL", 60, false);
        String street = page("/burden", "street");
        Matcher first = Pattern.compile("data-testid=\"burden-committee\" data-path=\"([^\"]+)\"").matcher(street);
        assertThat(first.find()).isTrue();
        assertThat(first.group(1)).isEqualTo(COMMITTEE_PATH);
        Matcher unadmitted = Pattern.compile("data-kind=\"APPRAISAL\"[^>]*data-unadmitted=\"(\\d+)\"").matcher(street);
        assertThat(unadmitted.find()).isTrue();
        assertThat(Long.parseLong(unadmitted.group(1))).isGreaterThanOrEqualTo(60);
        assertThat(page("/burden", "street2")).doesNotContain(COMMITTEE_PATH);
        mvc.perform(get("/burden.xlsx").with(as("street"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void anEntryNeedsANameAndADepartmentAndMayOnlyLinkWorkAdmittedOnTheCommittee() throws Exception {
        String again = mvc.perform(post("/burden/" + committee).with(as("worker")).with(csrf()).param("kind", "LEDGER")
                        .param("name", "").param("departmentName", "区民政局"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("请填写名称").contains("区民政局");
        long pending = jdbc.sql("INSERT INTO work_item (department_id, department_name, district_path, kind, title, content, basis, "
                + "target_paths, starts_on, funding, status, applied_by, applied_at) VALUES (1, '测试部门', '/15/1501/150104/', 'LEDGER', "
                + "'未准入台账', '内容', '依据', ARRAY['" + COMMITTEE_PATH + "'], DATE '2000-01-01', 0, 'PENDING', 'dept', "
                + "TIMESTAMPTZ '2026-01-01 00:00+08') RETURNING id").query(Long.class).single();
        String refused = mvc.perform(post("/burden/" + committee).with(as("worker")).with(csrf()).param("kind", "LEDGER")
                        .param("name", "养老服务台账").param("departmentName", "区民政局").param("workItemId", String.valueOf(pending)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请选择本社区已准入的事项").contains("养老服务台账");
    }

    @Test
    void eachPageKeepsToItsScope() throws Exception {
        mvc.perform(get("/burden/" + committee).with(as("worker4"))).andExpect(status().isNotFound());
        mvc.perform(get("/burden/" + committee).with(as("street2"))).andExpect(status().isNotFound());
        mvc.perform(post("/burden/" + committee).with(as("street2")).with(csrf()).param("kind", "PLAQUE")
                .param("name", "越权牌子").param("departmentName", "区民政局")).andExpect(status().isNotFound());
        mvc.perform(post("/burden/" + committee).with(as("admin")).with(csrf()).param("kind", "PLAQUE")
                .param("name", "区里代登牌子").param("departmentName", "区民政局")).andExpect(status().isNotFound());
        mvc.perform(get("/burden").with(as("dept"))).andExpect(status().isForbidden());
        mvc.perform(get("/burden").with(as("worker"))).andExpect(redirectedUrl("/burden/" + committee));
        assertThat(page("/burden/" + committee, "admin")).contains("五塔北街").doesNotContain("data-testid=\"burden-form\"");
        assertThat(jdbc.sql("SELECT count(*) FROM burden_item WHERE name IN ('越权牌子', '区里代登牌子')").query(Long.class).single()).isZero();
    }
}
