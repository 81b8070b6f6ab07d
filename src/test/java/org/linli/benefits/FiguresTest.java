package org.linli.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.benefits.outreach.FigureRow;
import org.linli.benefits.outreach.Figures;
import org.linli.benefits.outreach.OutcomeForm;
import org.linli.benefits.outreach.Outcomes;
import org.linli.benefits.roster.RosterImport;
import org.linli.registry.internal.Vault;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.linli.testing.BenefitsFixtures;
import org.linli.testing.BenefitsFixtures.Found;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outreach figures equal counts made by hand: per grid of a committee (and per committee of a
 * street), residents found once however often, informed, applied, enrolled from being found, and
 * the median days from found to informed.
 */
@LinliTest
class FiguresTest {

    private static final String GRID_1 = "150104001002001";
    private static final String GRID_2 = "150104001002002";
    private static final TestUser WORKER = new TestUser(0, "worker", "张丽", Role.COMMUNITY_WORKER, 0,
            new DataScope(RegistryFixtures.OWN_COMMITTEE));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Outcomes outcomes;

    @Autowired
    RosterImport rosterImport;

    @Autowired
    Figures figures;

    @Autowired
    Vault vault;

    @Autowired
    MockMvc mvc;

    @Test
    void theFiguresEqualTheCountsByHand() throws Exception {
        RegistryFixtures.signIn("worker");
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（统计）");
        List<Found> grid1 = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_GRID, 70, 3);
        Found d = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_COMMITTEE + GRID_2 + "/", 70, 1).getFirst();
        OffsetDateTime found = OffsetDateTime.now(clock).minusDays(10);
        LocalDate foundDay = found.atZoneSameInstant(clock.getZone()).toLocalDate();
        // a: found before and closed (stopped matching), found again, informed after 2 days.
        BenefitsFixtures.closedMatch(jdbc, benefit, grid1.get(0), found.minusDays(40), found.minusDays(30), "NO_LONGER_MATCHES");
        long a = BenefitsFixtures.match(jdbc, benefit, grid1.get(0), found, "（测试）");
        // b: informed after 4 days, then applied.
        long b = BenefitsFixtures.match(jdbc, benefit, grid1.get(1), found, "（测试）");
        // c: never informed, enrolled from the roster.
        BenefitsFixtures.match(jdbc, benefit, grid1.get(2), found, "（测试）");
        // d, in the second grid: refused after 1 day (being told comes first).
        long dm = BenefitsFixtures.match(jdbc, benefit, d, found, "（测试）");
        outcome(a, "INFORMED", foundDay.plusDays(2));
        outcome(b, "INFORMED", foundDay.plusDays(4));
        outcome(b, "APPLIED", foundDay.plusDays(6));
        outcome(dm, "REFUSED", foundDay.plusDays(1));
        rosterImport.run(benefit, "名册.xlsx", BenefitsFixtures.rosterFile(List.<String[]>of(new String[] {grid1.get(2).name(),
                BenefitsFixtures.idNumberOf(jdbc, vault, grid1.get(2).id()), "2026-01-01", ""})), WORKER, (p, x, t) -> { });

        List<FigureRow> rows = figures.of(WORKER, benefit);
        assertThat(rows).extracting(r -> r.divisionCode() + " " + r.found() + " " + r.informed() + " " + r.applied() + " "
                + r.enrolled() + " " + r.median())
                .containsExactly("null 4 3 1 1 2", GRID_1 + " 3 2 1 1 3", GRID_2 + " 1 1 0 0 1");
        assertThat(rows.get(1).divisionName()).isEqualTo("第1网格");

        // The street sees the same benefit by committee; the page carries the numbers, the export the same rows.
        String page = mvc.perform(get("/benefits/figures").param("benefit", "" + benefit).with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-division=\"150104001002\" data-found=\"4\" data-informed=\"3\" data-applied=\"1\" data-enrolled=\"1\"")
                .contains("id=\"benefit-chart\"");
        List<List<String>> sheet = BenefitsFixtures.sheet(mvc.perform(get("/benefits/figures.xlsx").param("benefit", "" + benefit)
                .with(as("worker"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(2)).containsExactly("测试津贴（统计）", "第1网格", "3", "2", "1", "1", "3");
        // Grid workers have no figures; a benefit that does not exist is not found.
        mvc.perform(get("/benefits/figures").with(as("grid"))).andExpect(status().isNotFound());
        mvc.perform(get("/benefits/figures").param("benefit", "999999999").with(as("worker"))).andExpect(status().isNotFound());
    }

    private void outcome(long match, String outcome, LocalDate day) {
        outcomes.record(match, new OutcomeForm(outcome, day.toString(), null), WORKER);
    }
}
