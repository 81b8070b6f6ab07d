package org.linli.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.gridwork.PatrolHistory;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Patrols of the demo grids over the last two months (the previous month and this one up to
 * yesterday), once, after the demo map: most grid workers patrol twice a day and pass every
 * building, some fall short on days or leave buildings out, and grids without a worker have none,
 * so the coverage pages show grids on both sides of the rule.
 */
@Component
@Order(13)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoPatrols implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPatrols.class);

    private final PatrolHistory history;
    private final Divisions divisions;
    private final Accounts accounts;
    private final Clock clock;
    private final long seed;

    DemoPatrols(PatrolHistory history, Divisions divisions, Accounts accounts, Clock clock, @Value("${linli.demo.seed}") long seed) {
        this.history = history;
        this.divisions = divisions;
        this.accounts = accounts;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (history.any()) {
            return;
        }
        Division district = divisions.findByCode(DemoDistrict.DISTRICT).orElseThrow();
        DataScope scope = new DataScope(district.path());
        Map<Long, Long> estateGrid = new HashMap<>();
        divisions.search("", scope, List.of(Level.ESTATE), 1_000_000).forEach(e -> estateGrid.put(e.id(), e.parentId()));
        Map<Long, List<Long>> buildings = new HashMap<>();
        for (Division b : divisions.search("", scope, List.of(Level.BUILDING), 1_000_000)) {
            Long grid = estateGrid.getOrDefault(b.parentId(), b.parentId());
            buildings.computeIfAbsent(grid, k -> new ArrayList<>()).add(b.id());
        }
        Map<Long, Account> workers = new HashMap<>();
        accounts.list(scope, "", Role.GRID_WORKER, 0, 100_000).forEach(a -> workers.putIfAbsent(a.divisionId(), a));
        Random random = new Random(seed);
        List<PatrolHistory.Grid> grids = new ArrayList<>();
        for (Division grid : divisions.search("", scope, List.of(Level.GRID), 100_000)) {
            Account worker = workers.get(grid.id());
            if (worker == null) {
                continue;
            }
            double r = random.nextDouble();
            double diligence = r < 0.65 ? 1.0 : r < 0.85 ? 0.97 : 0.6;
            grids.add(new PatrolHistory.Grid(grid.id(), grid.path(), worker.id(), worker.displayName(), diligence,
                    buildings.getOrDefault(grid.id(), List.of())));
        }
        LocalDate today = LocalDate.now(clock);
        int made = history.generate(grids, today.minusMonths(1).withDayOfMonth(1), today.minusDays(1), (seed % 1000) / 1000.0);
        log.info("演示巡查：{} 个网格共 {} 次巡查已生成", grids.size(), made);
    }
}
