package org.linli.reports.web;

import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue page: a community worker previews their own committee's values, street staff a
 * committee they choose within their street (404 outside it), a department the catalogue alone.
 */
@LinliTest
class MeasurePageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long committee(String path) {
        return jdbc.sql("SELECT id FROM division WHERE path = :p").param("p", path).query(Long.class).single();
    }

    @Test
    void aWorkerSeesTheCatalogueWithTheirCommitteesValues() throws Exception {
        mvc.perform(get("/reports/measures").with(as("worker"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"measure-registry.aged-60\"")))
                .andExpect(content().string(Matchers.containsString("data-testid=\"measures-事\"")))
                .andExpect(content().string(Matchers.containsString("data-testid=\"measure-value\"")))
                .andExpect(content().string(Matchers.containsString("五塔北街社区")));
    }

    @Test
    void aDepartmentSeesTheCatalogueWithoutValues() throws Exception {
        mvc.perform(get("/reports/measures").with(as("dept"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"measure-registry.aged-60\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-testid=\"measure-value\""))));
    }

    @Test
    void streetStaffChooseACommitteeOfTheirStreetOnly() throws Exception {
        mvc.perform(get("/reports/measures").with(as("street")).param("committee",
                        String.valueOf(committee(RegistryFixtures.OTHER_COMMITTEE))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-testid=\"preview-of\"")));
        mvc.perform(get("/reports/measures").with(as("street")).param("committee",
                String.valueOf(committee("/15/1501/150104/150104002/")))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/measures").with(as("worker")).param("page", "1")).andExpect(status().isOk());
    }
}
