package org.linli.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.LinliTest;
import org.linli.emergency.network.MemberRole;
import org.linli.registry.internal.Vault;
import org.linli.testing.EmergencyFixtures;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Emergencies (issue #17, item 3): the committee's worker records a drill and looks over the plan,
 * reserves and network; then declares an emergency for the first grid, and the grid worker, a member
 * of the network, opens the mobilisation list on a phone, sees the residents' names and phones and
 * marks one reached.
 */
@LinliTest
@ExtendWith(BrowserTests.class)
class EmergencyIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Vault vault;
    @Autowired
    TestClock clock;

    @AfterEach
    void endWhatWasDeclared() {
        new EmergencyFixtures(context).endAll();
    }

    @Test
    void aCommitteeRecordsADrillDeclaresAnEmergencyAndTheNetworkReachesResidentsOnAPhone() {
        EmergencyFixtures fixtures = new EmergencyFixtures(context);
        fixtures.member("worker", MemberRole.COMMITTEE);
        fixtures.member("grid", MemberRole.GRID);
        long resident = fixtures.untaggedWithPhone(RegistryFixtures.OWN_GRID);
        fixtures.tag(resident, "BEDRIDDEN");
        String phone = RegistryFixtures.phoneOf(jdbc, vault, resident);

        Page worker = Browser.signIn(base(), "worker", false);
        try {
            Browser.menu(worker, "队伍与应急", "应急");
            assertThat(worker.getByTestId("declare-form")).isVisible();
            worker.getByTestId("tab-drills").click();
            String scenario = "燃气泄漏疏散演练-" + UUID.randomUUID().toString().substring(0, 6);
            worker.getByTestId("drill-scenario").fill(scenario);
            worker.getByTestId("drill-participants").fill("36");
            worker.getByTestId("drill-who").fill("居委会、社区民警、物业、志愿者、5 号楼居民");
            worker.getByTestId("drill-findings").fill("楼道堆物影响疏散，已通知物业清理；2 位行动不便老人需提前安排陪护。");
            worker.getByTestId("drill-save").click();
            assertThat(worker.getByTestId("drill").filter(new Locator.FilterOptions().setHasText(scenario))).isVisible();
            Browser.screenshot(worker, "170-emergency-drills");
            worker.getByTestId("tab-plan").click();
            assertThat(worker.getByTestId("plan-form")).isVisible();
            Browser.screenshot(worker, "171-emergency-plan");
            worker.getByTestId("tab-reserves").click();
            assertThat(worker.getByTestId("reserve-list")).isVisible();
            Browser.screenshot(worker, "172-emergency-reserves");
            worker.getByTestId("tab-network").click();
            assertThat(worker.getByTestId("member-list")).isVisible();
            Browser.screenshot(worker, "173-emergency-network");

            worker.getByTestId("tab-overview").click();
            worker.getByTestId("declare-place").selectOption(String.valueOf(RegistryFixtures.divisionId(jdbc, "150104001002001")));
            worker.getByTestId("declare-kind").selectOption("FIRE");
            worker.getByTestId("declare-ends-at").fill(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                    .format(LocalDateTime.now(clock).plusHours(3)));
            worker.getByTestId("declare").click();
            assertThat(worker.getByTestId("declaration-active").first()).isVisible();
            Browser.screenshot(worker, "174-emergency-declared");
        } finally {
            worker.context().close();
        }

        Page grid = Browser.signIn(base(), "grid", true);
        try {
            grid.locator(".navbar-toggler").click();
            Browser.menu(grid, "队伍与应急", "转移名单");
            assertThat(grid.getByTestId("contacts-revealed")).isVisible();
            Locator row = grid.locator("[data-testid=mobilisation-resident][data-resident='" + resident + "']");
            assertThat(row).hasAttribute("data-revealed", "true");
            assertThat(row.getByTestId("resident-phone")).hasText(phone);
            Browser.screenshotView(grid, "175-mobilisation-list-phone");
            row.getByTestId("mark-reached").click();
            row = grid.locator("[data-testid=mobilisation-resident][data-resident='" + resident + "']");
            assertThat(row).hasAttribute("data-reached", "true");
            assertThat(row.getByTestId("reach-state")).containsText("已联系");
            // The network keeps the list to the place declared and sees how far it has got.
            String declaration = row.locator("input[name=declaration]").first().getAttribute("value");
            Locator progress = grid.locator("[data-testid=declaration-progress][data-declaration='" + declaration + "']");
            progress.getByTestId("only-declared").click();
            assertThat(grid.getByTestId("mobilisation-total")).containsText("该应急范围内");
            assertThat(progress).hasAttribute("data-reached", java.util.regex.Pattern.compile("[1-9]\\d*"));
            assertThat(grid.locator("[data-testid=mobilisation-resident][data-resident='" + resident + "']")).hasAttribute("data-reached", "true");
            Browser.screenshotView(grid, "176-mobilisation-reached-phone");
            // Only those not yet reached: the resident just reached is no longer among them.
            progress.getByTestId("only-pending").click();
            assertThat(grid.getByTestId("mobilisation-total")).hasAttribute("data-pending", "true");
            assertThat(grid.getByTestId("mobilisation-total")).containsText("尚未联系到");
            assertThat(grid.locator("[data-testid=mobilisation-resident][data-resident='" + resident + "']")).hasCount(0);
            Browser.screenshotView(grid, "176a-mobilisation-pending-phone");
        } finally {
            grid.context().close();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
