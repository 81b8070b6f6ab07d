package org.linli.scope;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Data scope, tested by trying to cross it: a community worker of 五塔北街社区 (150104001002)
 * against every node of another committee, and street accounts against their own and another street.
 */
@LinliTest
class DataScopeTest {

    private static final String OWN_COMMITTEE = "150104001002";
    private static final String OTHER_COMMITTEE = "150104001004";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void communityWorkerGets404ForEveryPageAndApiOfAnotherCommittee() throws Exception {
        RequestPostProcessor worker = as("worker");
        List<Long> foreign = ids("path LIKE '%/" + OTHER_COMMITTEE + "/%'");
        assertThat(foreign).hasSizeGreaterThan(10);
        for (long id : foreign) {
            mvc.perform(get("/divisions/{id}", id).with(worker)).andExpect(status().isNotFound());
            mvc.perform(get("/divisions/{id}/children", id).with(worker)).andExpect(status().isNotFound());
            mvc.perform(get("/api/divisions/{id}", id).with(worker)).andExpect(status().isNotFound());
            mvc.perform(get("/api/divisions/{id}/children", id).with(worker)).andExpect(status().isNotFound());
        }
        long otherGrid = id("code = '" + OTHER_COMMITTEE + "001'");
        mvc.perform(get("/divisions/{id}/places/new", otherGrid).with(worker)).andExpect(status().isNotFound());
        mvc.perform(get("/divisions/{id}/edit", otherGrid).with(worker)).andExpect(status().isNotFound());
        mvc.perform(get("/grid-workers/{id}", otherGrid).with(worker)).andExpect(status().isNotFound());
        mvc.perform(get("/divisions/{id}/export.xlsx", otherGrid).with(worker)).andExpect(status().isNotFound());
    }

    @Test
    void communityWorkerCannotWriteInAnotherCommittee() throws Exception {
        RequestPostProcessor worker = as("worker");
        long otherCommittee = id("code = '" + OTHER_COMMITTEE + "'");
        long otherGrid = id("code = '" + OTHER_COMMITTEE + "001'");
        long nodesBefore = count("true");
        String gridName = name(otherGrid);

        mvc.perform(post("/divisions/{id}/places", otherCommittee).with(worker).with(csrf()).param("name", "越权网格"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/divisions/{id}/edit", otherGrid).with(worker).with(csrf()).param("name", "越权改名"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/divisions/{id}/places", otherCommittee).with(worker).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"越权网格\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/divisions/{id}", otherGrid).with(worker).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"越权改名\"}"))
                .andExpect(status().isNotFound());
        long workerAccount = jdbc.sql("SELECT id FROM account WHERE username = 'grid'").query(Long.class).single();
        mvc.perform(post("/grid-workers/{id}", otherGrid).with(worker).with(csrf()).param("accountId", String.valueOf(workerAccount)))
                .andExpect(status().isNotFound());

        assertThat(count("true")).isEqualTo(nodesBefore);
        assertThat(name(otherGrid)).isEqualTo(gridName);
    }

    @Test
    void guessedIdsOutsideTheScopeAnswerLikeMissingOnes() throws Exception {
        RequestPostProcessor worker = as("worker");
        long max = jdbc.sql("SELECT max(id) FROM division").query(Long.class).single();
        List<Long> own = ids("path LIKE '%/" + OWN_COMMITTEE + "/%'");
        for (long id = 1; id <= max + 5; id += 7) {
            int expected = own.contains(id) ? 200 : 404;
            mvc.perform(get("/api/divisions/{id}", id).with(worker)).andExpect(status().is(expected));
        }
        for (long id : own) {
            mvc.perform(get("/divisions/{id}", id).with(worker)).andExpect(status().isOk());
        }
    }

    @Test
    void streetAccountSeesAllItsCommitteesAndNothingOfAnotherStreet() throws Exception {
        RequestPostProcessor street = as("street");
        List<Long> own = ids("level = 'COMMITTEE' AND path LIKE '/15/1501/150104/150104001/%'");
        List<Long> other = ids("level = 'COMMITTEE' AND path LIKE '/15/1501/150104/150104002/%'");
        assertThat(own).isNotEmpty();
        assertThat(other).isNotEmpty();
        for (long id : own) {
            mvc.perform(get("/divisions/{id}", id).with(street)).andExpect(status().isOk());
            mvc.perform(get("/api/divisions/{id}", id).with(street)).andExpect(status().isOk());
        }
        for (long id : other) {
            mvc.perform(get("/divisions/{id}", id).with(street)).andExpect(status().isNotFound());
            mvc.perform(get("/api/divisions/{id}/children", id).with(street)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/divisions/{id}", id("code = '150104002'")).with(street)).andExpect(status().isNotFound());
        mvc.perform(get("/divisions/{id}", id("code = '150104'")).with(street)).andExpect(status().isNotFound());
    }

    @Test
    void listsOnlyShowWhatIsInScope() throws Exception {
        String body = mvc.perform(get("/api/divisions/{id}/children", id("code = '150104001'")).with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains(OWN_COMMITTEE).contains(OTHER_COMMITTEE).doesNotContain("150104002001");

        String accounts = mvc.perform(get("/accounts").with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(accounts).contains("worker").doesNotContain(">admin<").doesNotContain(">dept<");
    }

    private List<Long> ids(String where) {
        return jdbc.sql("SELECT id FROM division WHERE " + where + " ORDER BY id").query(Long.class).list();
    }

    private long id(String where) {
        return jdbc.sql("SELECT id FROM division WHERE " + where).query(Long.class).single();
    }

    private long count(String where) {
        return jdbc.sql("SELECT count(*) FROM division WHERE " + where).query(Long.class).single();
    }

    private String name(long id) {
        return jdbc.sql("SELECT name FROM division WHERE id = :id").param("id", id).query(String.class).single();
    }
}
