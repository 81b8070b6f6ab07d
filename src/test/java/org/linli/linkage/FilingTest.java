package org.linli.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.audit.AuditLog;
import org.linli.division.Divisions;
import org.linli.shared.DataScope;
import org.linli.testing.LinkageFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Filing a community social organisation: the committee submits, the street sends it back with a
 * reason or accepts it with a number; a returned filing is corrected and submitted again; every
 * step is audited; only filed organisations may be a project's partners; social workers' certificates.
 */
@LinliTest
class FilingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    AuditLog audit;
    @Autowired
    TestClock clock;

    LinkageFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new LinkageFixtures(mvc, jdbc, divisions);
    }

    private String filing(long id) {
        return jdbc.sql("SELECT status FROM linkage_organisation WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void sentBackWithAReasonCorrectedAcceptedAndAudited() throws Exception {
        long id = fixtures.organisation("worker", "五塔北街书画社");
        assertThat(filing(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/linkage/organisations/" + id + "/accept").with(as("worker")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/linkage/organisations/" + id + "/accept").with(as("street2")).with(csrf())).andExpect(status().isNotFound());

        String noReason = mvc.perform(post("/linkage/organisations/" + id + "/return").with(as("street")).with(csrf()).param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("退回须说明理由");
        assertThat(filing(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/linkage/organisations/" + id + "/return").with(as("street")).with(csrf()).param("reason", "成员名单不全，请补充"))
                .andExpect(redirectedUrl("/linkage/organisations/" + id));
        assertThat(filing(id)).isEqualTo("RETURNED");
        assertThat(fixtures.page("/linkage/organisations/" + id, "worker")).contains("成员名单不全，请补充").contains("data-testid=\"resubmit-form\"");
        mvc.perform(post("/linkage/organisations/" + id + "/accept").with(as("street")).with(csrf())).andExpect(status().isOk());
        assertThat(filing(id)).isEqualTo("RETURNED");

        mvc.perform(post("/linkage/organisations/" + id + "/resubmit").with(as("worker")).with(csrf()).param("name", "五塔北街书画社")
                .param("kind", "CULTURE_SPORTS").param("leader", "马建华").param("members", "15").param("purpose", "书法绘画交流"))
                .andExpect(redirectedUrl("/linkage/organisations/" + id));
        assertThat(filing(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/linkage/organisations/" + id + "/accept").with(as("street")).with(csrf()))
                .andExpect(redirectedUrl("/linkage/organisations/" + id));
        assertThat(filing(id)).isEqualTo("FILED");
        assertThat(jdbc.sql("SELECT filing_number FROM linkage_organisation WHERE id = :id").param("id", id).query(String.class).single())
                .startsWith("150104001-" + clock.today().getYear() + "-");
        assertThat(audit.recent(new DataScope(fixtures.division(LinkageFixtures.COMMITTEE).path()), "LINKAGE_FILING", 0, 200))
                .filteredOn(e -> e.target().equals("linkage-organisation-" + id)).hasSize(4);
    }

    @Test
    void onlyFiledOrganisationsArePartnersAndNamesAreUniqueInTheCommittee() throws Exception {
        long waiting = fixtures.organisation("worker", "尚未备案的志愿队");
        String again = mvc.perform(post("/linkage/organisations").with(as("worker")).with(csrf()).param("name", "尚未备案的志愿队")
                        .param("kind", "CHARITY").param("leader", "王").param("members", "3").param("purpose", "同名"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("本社区已有名为“尚未备案的志愿队”的社会组织");
        String partner = mvc.perform(post("/linkage/projects").with(as("worker")).with(csrf()).param("title", "伙伴未备案")
                        .param("kind", "OTHER").param("budget", "100").param("startsOn", "2026-01-01").param("endsOn", "2026-02-01")
                        .param("partners", String.valueOf(waiting)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(partner).contains("请选择本社区已备案的社会组织");
    }

    @Test
    void aSocialWorkersCertificateYearIsNotInTheFutureAndItsNumberIsRegisteredOnce() throws Exception {
        int next = clock.today().getYear() + 1;
        String future = mvc.perform(post("/linkage/social-workers").with(as("worker")).with(csrf()).param("name", "钱多")
                        .param("level", "SENIOR").param("certificateNo", "H20990001").param("certifiedYear", String.valueOf(next)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("取证年份不能晚于今年");
        String early = mvc.perform(post("/linkage/social-workers").with(as("worker")).with(csrf()).param("name", "钱多")
                        .param("level", "SENIOR").param("certificateNo", "H20990001").param("certifiedYear", "2001"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(early).contains("取证年份须在 2008 年");
        mvc.perform(post("/linkage/social-workers").with(as("worker")).with(csrf()).param("name", "钱多").param("level", "SENIOR")
                .param("certificateNo", "H20990001").param("certifiedYear", "2020")).andExpect(redirectedUrl("/linkage/social-workers"));
        String twice = mvc.perform(post("/linkage/social-workers").with(as("worker")).with(csrf()).param("name", "孙少")
                        .param("level", "WORKER").param("certificateNo", "h20990001").param("certifiedYear", "2021"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("该证书编号已登记");

        long worker = jdbc.sql("SELECT id FROM linkage_social_worker WHERE certificate_no = 'H20990001'").query(Long.class).single();
        long project = fixtures.project("worker", "书画进社区", null, null, LocalDate.of(2026, 3, 1));
        mvc.perform(post("/linkage/projects/" + project + "/team").with(as("worker")).with(csrf()).param("participants", "30")
                .param("volunteers", "甲、乙").param("workers", String.valueOf(worker))).andExpect(redirectedUrl("/linkage/projects/" + project));
        assertThat(fixtures.page("/linkage/social-workers?q=钱多", "street")).contains("书画进社区").contains("高级社会工作师");
    }
}
