package org.linli.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sizing warnings (committees over or under the rules) belong to those who answer for committees:
 * the district, the street and the committee. Department staff and grid workers see none of them.
 */
@LinliTest
class SizingWarningsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDistrictAdministratorIsWarnedOnTheHomePage() throws Exception {
        assertThat(home("admin")).contains("data-testid=\"outside-sizing\"").contains("/divisions/sizing");
    }

    @Test
    void departmentStaffAndGridWorkersSeeNoSizingWarningsNorTheSizingPage() throws Exception {
        for (String who : new String[] {"dept", "grid"}) {
            assertThat(home(who)).doesNotContain("data-testid=\"outside-sizing\"").doesNotContain("/divisions/sizing");
            mvc.perform(get("/divisions/sizing").with(as(who))).andExpect(status().isForbidden());
        }
        long committee = jdbc.sql("SELECT division_id FROM account WHERE username = 'worker'").query(Long.class).single();
        String node = mvc.perform(get("/divisions/{id}", committee).with(as("dept")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(node).doesNotContain("data-testid=\"committee-size\"");
        String own = mvc.perform(get("/divisions/{id}", committee).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("data-testid=\"committee-size\"");
    }

    private String home(String who) throws Exception {
        return mvc.perform(get("/").with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
