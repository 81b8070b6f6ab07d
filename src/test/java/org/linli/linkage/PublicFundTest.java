package org.linli.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.testing.LinkageFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The public fund page: anyone reads a committee's ledger, people masked, organisations named, nothing of other committees. */
@LinliTest
class PublicFundTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    TestClock clock;

    LinkageFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new LinkageFixtures(mvc, jdbc, divisions);
    }

    @Test
    void individualDonorsAreMaskedOrganisationsNamedAndOnlyTheCommitteesOwnLedgerShown() throws Exception {
        long project = fixtures.project("worker", "公示测试项目", null, null, clock.today().minusDays(1));
        fixtures.entry("worker", "IN", "88.80", clock.today(), "欧阳春晓", "PERSON", project);
        fixtures.entry("worker", "IN", "1200", clock.today(), "公示测试爱心企业", "ORGANISATION", project);
        fixtures.entry("worker", "OUT", "100", clock.today(), "公示测试收款方", "ORGANISATION", project);
        long neighbourProject = fixtures.project("worker4", "邻社区公示项目", null, null, clock.today().minusDays(1));
        fixtures.entry("worker4", "IN", "66", clock.today(), "邻社区捐赠人", "PERSON", neighbourProject);

        String page = mvc.perform(get("/public/funds/" + LinkageFixtures.COMMITTEE)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("欧***").doesNotContain("欧阳春晓").doesNotContain("春晓");
        assertThat(page).contains("公示测试爱心企业").contains("公示测试收款方").contains("公示测试项目");
        assertThat(page).contains("data-testid=\"public-fund-project\" data-title=\"公示测试项目\" data-donated=\"1288.80\" data-spent=\"100.00\"");
        assertThat(page).doesNotContain("邻社区公示项目").doesNotContain("邻社区捐赠人").doesNotContain("邻***");
        assertThat(page).contains("data-print");

        mvc.perform(get("/public/funds/150104001")).andExpect(status().isNotFound());
        mvc.perform(get("/public/funds/999999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/public/funds/" + LinkageFixtures.COMMITTEE).param("page", "9999")).andExpect(status().isOk());
    }
}
