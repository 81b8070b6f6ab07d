package org.linli.demo;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.gridwork.VisitLoader;
import org.linli.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Visits to special groups for the demo district: who is due a visit, and a few weeks of past
 * visits (the demo grid worker's own among them), loaded in bulk after the district's first load,
 * and on the first start of an older data folder without visits.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoVisits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);

    private final VisitLoader visits;
    private final Divisions divisions;
    private final long seed;

    DemoVisits(VisitLoader visits, Divisions divisions, @Value("${linli.demo.seed}") long seed) {
        this.visits = visits;
        this.divisions = divisions;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division district = divisions.findByCode(DemoDistrict.DISTRICT).orElse(null);
        Division grid = divisions.findByCode(DemoDistrict.COMMITTEE + "001").orElse(null);
        if (district == null || grid == null || visits.hasVisits(new DataScope(district.path()))) {
            return;
        }
        long started = System.nanoTime();
        int made = visits.loadPastVisits(new DataScope(district.path()), seed, grid.path(), "grid");
        log.info("演示走访记录 {} 条已生成（{} ms）", made, (System.nanoTime() - started) / 1_000_000);
    }
}
