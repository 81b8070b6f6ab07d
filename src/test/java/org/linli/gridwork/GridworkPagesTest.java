package org.linli.gridwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.gridwork.coverage.Coverage;
import org.linli.gridwork.coverage.GridCoverage;
import org.linli.shared.Role;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The patrol, coverage and grid meeting pages with the demo district, across the data scope: a grid
 * worker's patrol is not found by another grid's worker; a street reads only its own grids and
 * the matters passed up from its own committees; departments see none of it.
 */
@LinliTest
class GridworkPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Divisions divisions;
    @Autowired Accounts accounts;
    @Autowired Coverage coverage;
    @Autowired TestClock clock;

    @Test
    void aGridWorkersPatrolIsTheirsAloneAndAnotherGridsIsNotFound() throws Exception {
        List<String> workers = jdbc.sql("""
                        SELECT username FROM account WHERE role = 'GRID_WORKER' AND username LIKE 'g150104001%'
                         ORDER BY username LIMIT 2""").query(String.class).list();
        String mine = workers.get(0);
        String other = workers.get(1);
        MvcResult started = mvc.perform(post("/patrols").with(as(mine)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = started.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        mvc.perform(get(page).with(as(mine))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"report-finding\"")));
        mvc.perform(post("/patrols/{id}/positions", id).with(as(mine)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"positions\":[{\"latitude\":40.75,\"longitude\":111.66,\"accuracy\":12}]}"))
                .andExpect(status().isOk());

        mvc.perform(get("/patrols/{id}", id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/patrols/{id}/end", id).with(as(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/patrols/{id}/positions", id).with(as(other)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"positions\":[]}")).andExpect(status().isNotFound());
        mvc.perform(get("/patrols/{id}", id).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/patrols").with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/patrols/{id}", id).with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/patrols/{id}", id).with(as("dept"))).andExpect(status().isNotFound());

        mvc.perform(post("/patrols/{id}/end", id).with(as(mine)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/patrols/{id}/positions", id).with(as(mine)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"positions\":[]}")).andExpect(status().isBadRequest());
    }

    @Test
    void aStreetSeesItsGridsBelowTheRuleFirstAndNoOtherStreets() throws Exception {
        Division street = divisions.findByCode("150104001").orElseThrow();
        Division otherStreet = divisions.findByCode("150104002").orElseThrow();
        long otherGrid = jdbc.sql("SELECT id FROM division WHERE level = 'GRID' AND path LIKE :p || '%' ORDER BY code LIMIT 1")
                .param("p", otherStreet.path()).query(Long.class).single();
        long ownGrid = divisions.findByCode("150104001002001").orElseThrow().id();

        mvc.perform(get("/coverage").with(as("street"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"coverage-chart\"")));
        mvc.perform(get("/coverage").param("area", String.valueOf(otherStreet.id())).with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/coverage/grids/{id}", otherGrid).with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/coverage/grids/{id}", ownGrid).param("month", "2026-11").with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/coverage/grids/{id}", ownGrid).param("month", "garbage").with(as("grid"))).andExpect(status().isOk());
        mvc.perform(get("/coverage.xlsx").with(as("street"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")));
        mvc.perform(get("/coverage").with(as("dept"))).andExpect(status().isNotFound());
        mvc.perform(get("/coverage").with(as("admin")).param("area", String.valueOf(otherStreet.id()))).andExpect(status().isOk());

        // The demo's last month: some grids meet the rule and some fall below, those below listed first.
        List<GridCoverage> lastMonth = coverage.grids(street, YearMonth.from(clock.today()).minusMonths(1));
        assertThat(lastMonth).allMatch(g -> g.path().startsWith(street.path()));
        assertThat(lastMonth).anyMatch(GridCoverage::below).anyMatch(g -> !g.below());
        int firstMet = lastMonth.indexOf(lastMonth.stream().filter(g -> !g.below()).findFirst().orElseThrow());
        assertThat(lastMonth.subList(firstMet, lastMonth.size())).noneMatch(GridCoverage::below);
    }

    @Test
    void theMeetingsMattersPassedUpReachItsStreetAndNoOther() throws Exception {
        if (accounts.findByUsername("street-gm").isEmpty()) {
            accounts.createSystemAccount("street-gm", "周红", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow(),
                    "street-gm-123");
        }
        String heldOn = clock.today().toString();
        mvc.perform(post("/meetings/grid").with(as("worker")).with(csrf()).param("heldOn", heldOn)
                        .param("others", "楼栋长王大爷、物业李经理").param("matter", "3号楼北侧路灯不亮", "小区东门占道经营，需城管处理", "")
                        .param("passedUp", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/grid").with(as("worker")).with(csrf()).param("heldOn", heldOn)
                        .param("others", "王大爷").param("matter", "又一次"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("网格例会已经记录过")));

        mvc.perform(get("/meetings/grid").with(as("street"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("小区东门占道经营，需城管处理")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("3号楼北侧路灯不亮"))));
        mvc.perform(get("/meetings/grid").with(as("street-gm"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("小区东门占道经营"))));
        long meeting = jdbc.sql("SELECT max(id) FROM grid_meeting").query(Long.class).single();
        mvc.perform(get("/meetings/grid/{id}", meeting).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/meetings/grid/{id}", meeting).with(as("street-gm"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/grid").with(as("dept"))).andExpect(status().isForbidden());
    }
}
