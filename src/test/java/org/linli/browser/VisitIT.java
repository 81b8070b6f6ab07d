package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.casework.Categories;
import org.linli.registry.ResidentTags;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.Events;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.VisitFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * A visit on a phone (issue #14): the grid worker opens the list of overdue visits of their grid,
 * visits a resident living alone at home (situation, a state, a photo), reports a need found as a
 * case in the same step, sees the case's number on the visit once the case loop opened it, and the
 * resident has left the overdue list.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class VisitIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResidentTags tags;
    @Autowired
    org.linli.division.Divisions divisions;
    @Autowired
    TestClock clock;
    @Autowired
    Categories categories;
    @Autowired
    EventPublicationRegistry events;

    @Test
    void theGridWorkerVisitsAResidentLivingAloneAndReportsANeedAsACase() {
        // Living alone for ten days and never visited: overdue since the day the group was entered.
        long id = VisitFixtures.untaggedIn(jdbc, RegistryFixtures.OWN_GRID);
        RegistryFixtures.signIn("worker");
        tags.add(id, new ResidentTags.Assignment("LIVING_ALONE", clock.today().minusDays(10), null),
                RegistryFixtures.worker(divisions.findByCode("150104001002").orElseThrow()));
        Events.settle(events);
        String category = categories.active().getFirst().code();

        Page grid = Browser.signIn(base(), "grid", true);
        grid.navigate("/visits?when=OVERDUE&tag=LIVING_ALONE");
        Locator row = grid.locator("[data-testid=due-visit][data-resident='" + id + "']");
        assertThat(row).hasAttribute("data-overdue", "true");
        assertThat(row.getByTestId("overdue")).isVisible();
        Browser.screenshot(grid, "140-visits-overdue-list");

        row.getByTestId("visit-start").click();
        assertThat(grid.getByTestId("visit-subject")).hasAttribute("data-resident", String.valueOf(id));
        assertThat(grid.getByTestId("visit-date")).hasValue(LocalDate.now(clock).toString());
        grid.locator("label[for=way-HOME]").click();
        grid.getByTestId("visit-met").selectOption("SELF");
        grid.locator("label[for=state-ATTENTION]").click();
        grid.getByTestId("visit-situation").fill("独自在家，腿脚不便，近来少下楼；家中整洁，饮食正常。");
        grid.getByTestId("need-kind-0").selectOption("HOUSING");
        grid.getByTestId("need-text-0").fill("楼道照明灯损坏，夜间上下楼有摔倒风险");
        assertThat(grid.getByTestId("need-category-0")).isHidden();
        grid.getByTestId("need-handling-0").selectOption("CASE");
        grid.getByTestId("need-category-0").selectOption(category);
        assertThat(grid.getByTestId("need-text-1")).isHidden();
        grid.getByTestId("visit-photo").setInputFiles(new FilePayload("visit.png", "image/png", CaseworkFixtures.PNG));
        Browser.screenshot(grid, "141-visit-form");
        grid.getByTestId("visit-save").click();

        assertThat(grid.getByTestId("saved")).isVisible();
        assertThat(grid.getByTestId("visit-photo")).isVisible();
        assertThat(grid.getByTestId("next-due")).containsText(LocalDate.now(clock).plusDays(7).toString());
        // The case loop opens the case after the visit commits; the need then shows its number.
        Events.settle(events);
        grid.reload();
        Locator need = grid.getByTestId("need");
        assertThat(need).hasAttribute("data-state", "CASE_OPENED");
        assertThat(need.getByTestId("need-case")).containsText("C");
        Browser.screenshot(grid, "142-visit-recorded-need-as-case");

        grid.getByTestId("visit-list").click();
        grid.navigate("/visits?when=OVERDUE&tag=LIVING_ALONE");
        assertThat(grid.locator("[data-testid=due-visit][data-resident='" + id + "']")).hasCount(0);
        Browser.screenshot(grid, "143-visits-after-visit");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
