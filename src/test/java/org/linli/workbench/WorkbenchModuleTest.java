package org.linli.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.access.Accounts;
import org.linli.casework.CaseRequested;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.shared.Role;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each role's home page on a database of its own, with the modules it reads: what waits for a
 * community worker (the cases of their committee, those past their limit) and a resident's page.
 */
// Deliberation posts on a board the disclosure module provides.
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "disclosure")
@AutoConfigureMockMvc
class WorkbenchModuleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @Autowired
    DivisionImporter importer;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestClock clock;

    private Division committee;

    @BeforeEach
    void committeeWithAWorkerAndAResident() {
        committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        accounts.createSystemAccount("wb-worker", "何社工", Role.COMMUNITY_WORKER, committee, "start-123");
        accounts.createSystemAccount("wb-resident", "何阿姨", Role.RESIDENT, committee, "start-123");
    }

    @Test
    void aCommunityWorkerSeesTheCommitteesOpenCasesAndThosePastTheirLimit() throws Exception {
        long before = open();
        transaction.executeWithoutResult(tx -> events.publishEvent(new CaseRequested("workbench-test-1", committee.id(),
                "SANITATION", "楼道堆物", "三单元楼道堆放杂物", "何阿姨", "wb-worker")));
        Events.settle(registry);
        assertThat(open()).isEqualTo(before + 1);
        assertThat(overdue()).isZero();

        clock.advance(Duration.ofDays(60));
        assertThat(overdue()).isEqualTo(open());
    }

    @Test
    void aResidentHasTheirOwnHome() throws Exception {
        String page = mvc.perform(get("/").with(as("wb-resident"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"resident-report\"").contains("data-testid=\"resident-hall\"")
                .doesNotContain("data-testid=\"waiting-cases\"");
    }

    private long open() throws Exception {
        return attribute("data-open");
    }

    private long overdue() throws Exception {
        return attribute("data-overdue");
    }

    private long attribute(String name) throws Exception {
        String page = mvc.perform(get("/").with(as("wb-worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int at = page.indexOf(name + "=\"");
        if (at < 0) {
            return 0;  // the card of waiting cases shows only when some wait
        }
        return Long.parseLong(page.substring(at + name.length() + 2, page.indexOf('"', at + name.length() + 2)));
    }
}
