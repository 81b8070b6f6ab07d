package org.linli.workitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.AdmissionFixtures.DISTRICT_PATH;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.testing.AdmissionFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admission's pages: apply, review, the committees' list of work, and who may see which. */
@LinliTest
class AdmissionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Divisions divisions;
    @Autowired
    TestClock clock;

    AdmissionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AdmissionFixtures(jdbc, users);
        fixtures.account("street2", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow());
        fixtures.account("worker4", Role.COMMUNITY_WORKER, divisions.findByCode("150104001004").orElseThrow());
    }

    private MockHttpServletRequestBuilder application(String title, String... targets) {
        MockHttpServletRequestBuilder post = post("/workitems/apply").with(as("dept")).with(csrf())
                .param("kind", "TASK").param("title", title).param("content", title + "：入户核实并登记")
                .param("basis", "《呼和浩特市社区工作事项准入办法》").param("startsOn", clock.today().toString())
                .param("endsOn", clock.today().plusMonths(6).toString()).param("funding", "8000")
                .param("fundingSource", "区财政专项经费");
        for (String t : targets) {
            post.param("targetPaths", t);
        }
        return post;
    }

    private long idOf(String title) {
        return jdbc.sql("SELECT id FROM work_item WHERE title = :t").param("t", title).query(Long.class).single();
    }

    private String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anApprovedItemShowsOnItsCommitteesListWithItsFundingAndNotOnAnothers() throws Exception {
        mvc.perform(application("楼院长制入户走访", AdmissionFixtures.COMMITTEE_PATH)).andExpect(redirectedUrl("/workitems/mine"));
        long id = idOf("楼院长制入户走访");
        assertThat(page("/workitems/mine", "dept")).contains("楼院长制入户走访").contains("待审核");
        assertThat(page("/workitems/mine", "dept2")).doesNotContain("楼院长制入户走访");
        assertThat(page("/workitems/review", "admin")).contains("data-testid=\"pending-" + id + "\"");
        assertThat(page("/workitems", "worker")).doesNotContain("楼院长制入户走访");

        mvc.perform(post("/workitems/" + id + "/approve").with(as("admin")).with(csrf())).andExpect(redirectedUrl("/workitems/review"));

        assertThat(page("/workitems", "worker")).contains("楼院长制入户走访").contains("8,000.00").contains("区财政专项经费")
                .contains("《呼和浩特市社区工作事项准入办法》")
                .contains("小召前街街道 / 五塔北街社区居委会");
        assertThat(page("/workitems", "worker4")).doesNotContain("楼院长制入户走访");
        long other = divisions.findByCode("150104001004").orElseThrow().id();
        assertThat(page("/workitems?committee=" + other, "street")).doesNotContain("楼院长制入户走访");
        long own = divisions.findByCode("150104001002").orElseThrow().id();
        assertThat(page("/workitems?committee=" + own, "street")).contains("楼院长制入户走访");
        assertThat(page("/workitems", "street2")).doesNotContain("楼院长制入户走访");
        mvc.perform(get("/workitems?committee=" + own).with(as("street2"))).andExpect(status().isNotFound());
        assertThat(page("/workitems/mine", "dept")).contains("已准入");
    }

    @Test
    void aRefusalWithoutAReasonComesBackAndOneWithAReasonReachesTheDepartment() throws Exception {
        mvc.perform(application("门前三包责任书签订", AdmissionFixtures.STREET_PATH)).andExpect(redirectedUrl("/workitems/mine"));
        long id = idOf("门前三包责任书签订");
        String again = mvc.perform(post("/workitems/" + id + "/refuse").with(as("admin")).with(csrf()).param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("不予准入须填写理由").contains("data-testid=\"pending-" + id + "\"");

        mvc.perform(post("/workitems/" + id + "/refuse").with(as("admin")).with(csrf()).param("reason", "责任书应由执法部门与商户签订"))
                .andExpect(redirectedUrl("/workitems/review"));
        assertThat(page("/workitems/mine", "dept")).contains("不予准入").contains("责任书应由执法部门与商户签订");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORK_ITEM_DECIDE' AND target = :t")
                .param("t", "work-item-" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theNegativeListRefusesAtOnceKeepingWhatWasTyped() throws Exception {
        int number = fixtures.negativeEntry(DISTRICT_PATH, "安全生产监管");
        String page = mvc.perform(application("餐饮店安全生产检查", AdmissionFixtures.COMMITTEE_PATH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("负面清单第" + number + "项“安全生产监管”，不予准入")
                .contains("value=\"餐饮店安全生产检查\"").contains("区财政专项经费")
                .containsPattern("value=\"" + AdmissionFixtures.COMMITTEE_PATH + "\"[^>]*checked");
        assertThat(page("/workitems/mine", "dept")).contains("餐饮店安全生产检查").contains("负面清单第" + number + "项");
    }

    @Test
    void onlyTheDistrictReviewsAndOnlyDepartmentsApply() throws Exception {
        for (String who : new String[] {"street", "worker", "dept"}) {
            mvc.perform(get("/workitems/review").with(as(who))).andExpect(status().isNotFound());
        }
        for (String who : new String[] {"street", "worker", "admin"}) {
            mvc.perform(get("/workitems/apply").with(as(who))).andExpect(status().isNotFound());
            mvc.perform(get("/workitems/mine").with(as(who))).andExpect(status().isNotFound());
        }
        mvc.perform(application("住建局的申请", AdmissionFixtures.COMMITTEE_PATH)).andExpect(redirectedUrl("/workitems/mine"));
        long id = idOf("住建局的申请");
        mvc.perform(post("/workitems/" + id + "/approve").with(as("street")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/workitems/" + id + "/approve").with(as("dept")).with(csrf())).andExpect(status().isNotFound());
    }
}
