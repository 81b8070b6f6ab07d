package org.linli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The demo's five-party linkage (the same context as {@link DemoModuleTest}): 五塔北街社区 and one
 * more committee have needs, resources, projects, filings and a fund; the finished project's
 * result is on the board; starting again loads nothing twice.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "disclosure")
class DemoLinkageTest {

    private static final String WUTA = "/15/1501/150104/150104001/150104001002/";
    private static final String NEIGHBOUR = "/15/1501/150104/150104001/150104001004/";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoLinkage demo;
    @Autowired
    EventPublicationRegistry registry;

    @Test
    void twoCommitteesHaveTheirListsProjectsFilingsAndFundAndTheFinishedResultIsOnTheBoard() throws Exception {
        assertThat(count("linkage_need", WUTA)).isGreaterThanOrEqualTo(4);
        assertThat(count("linkage_resource", WUTA)).isGreaterThanOrEqualTo(4);
        assertThat(count("linkage_need", NEIGHBOUR)).isPositive();
        assertThat(jdbc.sql("SELECT status FROM linkage_organisation WHERE committee_path = :p ORDER BY status").param("p", WUTA)
                .query(String.class).list()).containsExactly("FILED", "SUBMITTED");
        assertThat(jdbc.sql("SELECT status FROM linkage_project WHERE committee_path = :p").param("p", WUTA).query(String.class).list())
                .contains("FINISHED", "RUNNING", "PLANNED");
        assertThat(count("linkage_social_worker", WUTA)).isEqualTo(2);
        for (String committee : List.of(WUTA, NEIGHBOUR)) {
            assertThat(jdbc.sql("SELECT sum(CASE WHEN direction = 'IN' THEN amount ELSE -amount END) FROM linkage_fund_entry "
                    + "WHERE committee_path = :p").param("p", committee).query(java.math.BigDecimal.class).single()).isPositive();
        }
        Events.settle(registry);
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure_posting WHERE division_path = :p AND title = '项目成效：长者助餐服务'")
                .param("p", WUTA).query(Long.class).single()).isEqualTo(1);

        Map<String, Long> before = tally();
        demo.run(new DefaultApplicationArguments());
        assertThat(tally()).isEqualTo(before);
    }

    private long count(String table, String committeePath) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE committee_path = :p").param("p", committeePath).query(Long.class).single();
    }

    private Map<String, Long> tally() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("linkage_need", "linkage_resource", "linkage_organisation", "linkage_social_worker", "linkage_project",
                "linkage_fund_entry")) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return rows;
    }
}
