package org.linli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.linli.testing.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo district with the modules it fills: what the README promises is there, every demo
 * account signs in with the demo password, and starting again loads nothing twice.
 */
// Deliberation posts on a board the disclosure module provides.
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "disclosure")
class DemoModuleTest {

    private static final List<String> ACCOUNTS = List.of("admin", "street", "worker", "grid", "dept", "dept2", "resident");

    @Autowired
    Divisions divisions;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDistrictHasItsStreetsCommitteesGridsAndPeople() {
        Map<Level, Long> counts = divisions.countByLevel(new DataScope(divisions.findByCode(DemoDistrict.DISTRICT)
                .orElseThrow().path()));
        assertThat(counts.get(Level.STREET)).isEqualTo(10);
        assertThat(counts.get(Level.COMMITTEE)).isEqualTo(133);
        assertThat(counts.get(Level.GRID)).isGreaterThan(counts.get(Level.COMMITTEE));
        assertThat(counts.get(Level.BUILDING)).isGreaterThan(counts.get(Level.GRID));
        assertThat(tally().get("resident")).isGreaterThan(10_000);
        // visits to special groups: who is due, and some weeks of visits made
        assertThat(tally().get("visit_subject")).isGreaterThan(1_000);
        assertThat(tally().get("visit")).isGreaterThan(1_000);
    }

    @Test
    void everyDemoAccountSignsInWithTheDemoPassword() {
        for (String username : ACCOUNTS) {
            assertThat(passwords.matches(DemoDistrict.PASSWORD, users.loadUserByUsername(username).getPassword()))
                    .as(username).isTrue();
        }
    }

    @Test
    void startingAgainLoadsNothingTwice() throws Exception {
        Map<String, Long> before = tally();
        for (ApplicationRunner runner : runners) {
            if (runner.getClass().getPackageName().startsWith("org.linli.demo")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(tally()).isEqualTo(before);
    }

    @Test
    void theBurdenInventoryAddsUpToYuquansOwnReport() {
        // [001] 五–八: plaques 419 → 189, reports and ledgers 90 → 36, 29 appraisals, 21 inspections, 11 letters.
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT kind, count(*) AS recorded, count(*) FILTER (WHERE removed_on IS NULL) AS kept FROM burden_item GROUP BY kind")
                .query((rs, i) -> counts.put(rs.getString("kind"), List.of(rs.getLong("recorded"), rs.getLong("kept")))).list();
        assertThat(counts).containsEntry("PLAQUE", List.of(419L, 189L)).containsEntry("LEDGER", List.of(90L, 36L))
                .containsEntry("APPRAISAL", List.of(29L, 29L)).containsEntry("INSPECTION", List.of(21L, 21L))
                .containsEntry("LETTER", List.of(11L, 11L));
        assertThat(jdbc.sql("SELECT status, count(*) FROM work_item WHERE source_ref LIKE 'demo:%' GROUP BY status ORDER BY status")
                .query((rs, i) -> rs.getString(1) + "=" + rs.getLong(2)).list()).contains("ADMITTED=1", "PENDING=1", "REFUSED=1");
        assertThat(tally().get("unadmitted_report")).isEqualTo(1);
    }

    /** Rows the demo writes, table by table (a test may count what the modules keep). */
    private Map<String, Long> tally() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("division", "account", "resident", "household", "organisation", "case_record", "consultation",
                "representative", "resident_account", "benefit", "benefit_rule", "benefit_match", "visit", "visit_subject", "work_list",
                "work_list_entry", "work_item", "unadmitted_report", "burden_item")) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return rows;
    }
}
