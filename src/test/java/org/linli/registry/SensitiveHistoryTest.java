package org.linli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.RegistryFixtures.OWN_GRID;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #11, 3: a sensitive tag hidden from a grid worker stays hidden in the resident's and the
 * household's change history, given and ended; those who see the tag see its history.
 */
@LinliTest
class SensitiveHistoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void aGridWorkerSeesNoSensitiveTagInAnyHistory() throws Exception {
        String code = jdbc.sql("SELECT code FROM tag WHERE name = '社区矫正对象' AND sensitive").query(String.class).single();
        long id = jdbc.sql("""
                        SELECT id FROM resident WHERE division_path LIKE :p || '%' AND birth_date <= :today - interval '30 years'
                        ORDER BY id DESC LIMIT 1""")
                .param("p", OWN_GRID).param("today", clock.today()).query(Long.class).single();
        long household = jdbc.sql("SELECT household_id FROM resident WHERE id = :id").param("id", id).query(Long.class).single();
        mvc.perform(post("/residents/{id}/tags", id).param("tag", code).param("since", clock.today().minusYears(1).toString())
                .with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        long tag = jdbc.sql("SELECT id FROM resident_tag WHERE resident_id = :r AND tag_code = :c AND until IS NULL")
                .param("r", id).param("c", code).query(Long.class).single();
        mvc.perform(post("/residents/{id}/tags/{tag}/end", id, tag).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        for (String path : new String[] {"/residents/" + id, "/households/" + household}) {
            assertThat(page(path, "worker")).as("worker " + path).contains("社区矫正对象");
            assertThat(page(path, "grid")).as("grid " + path).doesNotContain("社区矫正对象");
        }
        assertThat(page("/api/residents/" + id, "grid")).doesNotContain("社区矫正对象");
    }

    private String page(String path, String account) throws Exception {
        return mvc.perform(get(path).with(as(account))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
