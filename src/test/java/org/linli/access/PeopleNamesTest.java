package org.linli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue #12, item 4: pages show people's names where records keep login names. */
@LinliTest
class PeopleNamesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseLogAndTheAuditLogNamePeopleNotAccounts() throws Exception {
        mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE").param("category", "FACILITIES")
                        .param("placeCode", "150104001002").param("title", "署名测试").param("description", "看日志里写的是谁"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM case_record WHERE title = '署名测试'").query(Long.class).single();
        String page = mvc.perform(get("/cases/{id}", id).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("张丽（社区工作者）").contains("· 张丽").doesNotContain("worker（").doesNotContain("· worker");

        String audit = mvc.perform(get("/audit").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("<td>张丽</td>").doesNotContain("<td>worker</td>");
    }
}
