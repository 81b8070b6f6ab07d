package org.linli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.Places;
import org.linli.gridwork.PatrolHistory;
import org.linli.shared.DataScope;
import org.linli.shared.Times;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify} (issue #14): the district's coverage page over a year of patrols for
 * 1,000 grids. Adds grids to the demo district's committees until it has {@code bench.grids}
 * (1,000), each with an estate of {@code bench.buildings} (8) buildings, generates a year of
 * patrols for every grid ({@link PatrolHistory}: most grids twice a day, some less), then times
 * the coverage pages over real HTTP, one request at a time. See docs/benchmarks.md for the command;
 * it writes {@code target/benchmarks/coverage.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"linli.demo.registry-streets=none", "logging.level.root=WARN"})
@ActiveProfiles("test")
class CoverageBenchmark {

    private static final int GRIDS = Integer.getInteger("bench.grids", 1_000);
    private static final int BUILDINGS = Integer.getInteger("bench.buildings", 8);
    private static final int CALLS = Integer.getInteger("bench.calls", 30);
    private static final int BUDGET = Integer.getInteger("bench.budget", 30);

    @Autowired JdbcClient jdbc;
    @Autowired Divisions divisions;
    @Autowired Places places;
    @Autowired PatrolHistory history;

    @LocalServerPort
    int port;

    @Test
    void aYearOfPatrolsForAThousandGrids() throws Exception {
        StringBuilder report = new StringBuilder();
        Division district = divisions.findByCode("150104").orElseThrow();
        DataScope scope = new DataScope(district.path());
        long start = System.nanoTime();
        addGrids(scope);
        List<PatrolHistory.Grid> grids = plans(scope);
        LocalDate today = LocalDate.now(Times.zone());
        // The demo's own two months go first, so the year is the benchmark's alone.
        for (String table : List.of("patrol_finding", "patrol_building", "patrol_point", "patrol", "patrol_day", "patrol_month_building",
                "patrol_month")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        int made = history.generate(grids, today.minusDays(365), today.minusDays(1), 0.1414);
        jdbc.sql("VACUUM ANALYZE patrol_day").update();
        jdbc.sql("VACUUM ANALYZE patrol_month").update();
        jdbc.sql("VACUUM ANALYZE patrol_month_building").update();
        report.append("%,d grids (%,d buildings), %,d patrols over 365 days, %,d rollup rows per grid and day;%n".formatted(
                grids.size(), grids.stream().mapToInt(g -> g.buildings().size()).sum(), made,
                jdbc.sql("SELECT count(*) FROM patrol_day").query(Long.class).single()));
        report.append("generated in %.0f s (not a measure of Linli)%n%n".formatted((System.nanoTime() - start) / 1e9));

        Http http = new Http(port);
        Http.Session admin = http.signIn("admin");
        Http.Session street = http.signIn("street");
        long grid = divisions.findByCode("150104001002001").orElseThrow().id();
        String lastMonth = YearMonth.from(today).minusMonths(1).toString();
        List<String[]> pages = List.of(
                new String[] {"district, this month (admin)", "admin", "/coverage"},
                new String[] {"district, last month (admin)", "admin", "/coverage?month=" + lastMonth},
                new String[] {"district, last month, page 10", "admin", "/coverage?month=" + lastMonth + "&page=9"},
                new String[] {"district, last month, Excel", "admin", "/coverage.xlsx?month=" + lastMonth},
                new String[] {"a street, last month (street staff)", "street", "/coverage?month=" + lastMonth},
                new String[] {"a grid's calendar, last month", "street", "/coverage/grids/" + grid + "?month=" + lastMonth});
        report.append("| page | p50 | p95 | max | calls | size | aim |\n|---|---|---|---|---|---|---|\n");
        for (String[] p : pages) {
            Http.Times t = http.times(p[1].equals("admin") ? admin : street, p[2], CALLS, BUDGET);
            report.append("| %s | %.1f ms | %.1f ms | %.1f ms | %d | %,d KB | < 200 ms |%n".formatted(p[0], t.p50(), t.p95(), t.max(),
                    t.calls(), t.bytes() / 1024));
            System.out.println(report);
        }
        report.append("\nEXPLAIN ANALYZE of the district's month of days:\n").append(explain(district, lastMonth));
        System.out.println("\n==== coverage benchmark ====\n" + report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/coverage.txt"), report.toString());
    }

    /** New grids under the district's committees, in turn, until it has GRIDS; each with an estate and its buildings. */
    private void addGrids(DataScope scope) {
        List<Division> committees = divisions.search("", scope, List.of(Level.COMMITTEE), 10_000);
        int have = divisions.search("", scope, List.of(Level.GRID), 100_000).size();
        List<Places.NewPlace> grids = new ArrayList<>();
        List<Places.NewPlace> estates = new ArrayList<>();
        List<Places.NewPlace> buildings = new ArrayList<>();
        for (int i = 0; have + i < GRIDS; i++) {
            Division committee = committees.get(i % committees.size());
            String code = committee.code() + (900 - i / committees.size());
            grids.add(new Places.NewPlace(committee.code(), code, "测评网格" + (i + 1), Level.GRID, null, null, null));
            estates.add(new Places.NewPlace(code, code + "001", "测评小区" + (i + 1), Level.ESTATE, "测评路" + (i + 1) + "号", null, null));
            for (int b = 1; b <= BUILDINGS; b++) {
                buildings.add(new Places.NewPlace(code + "001", code + "001" + String.format("%03d", b), b + "号楼", Level.BUILDING,
                        null, 6, 2));
            }
        }
        if (!grids.isEmpty()) {
            places.createAll(grids);
            places.createAll(estates);
            places.createAll(buildings);
        }
    }

    /** Every grid with a worker (made up: patrols keep the worker's id and name, not a reference) and its buildings. */
    private List<PatrolHistory.Grid> plans(DataScope scope) {
        Map<Long, Long> estateGrid = new HashMap<>();
        divisions.search("", scope, List.of(Level.ESTATE), 1_000_000).forEach(e -> estateGrid.put(e.id(), e.parentId()));
        Map<Long, List<Long>> buildings = new HashMap<>();
        for (Division b : divisions.search("", scope, List.of(Level.BUILDING), 1_000_000)) {
            buildings.computeIfAbsent(estateGrid.getOrDefault(b.parentId(), b.parentId()), k -> new ArrayList<>()).add(b.id());
        }
        List<PatrolHistory.Grid> plans = new ArrayList<>();
        int i = 0;
        for (Division g : divisions.search("", scope, List.of(Level.GRID), 100_000)) {
            double diligence = i % 10 < 7 ? 1.0 : i % 10 < 9 ? 0.97 : 0.6;
            plans.add(new PatrolHistory.Grid(g.id(), g.path(), 1_000_000L + i, "测评网格员", diligence,
                    buildings.getOrDefault(g.id(), List.of())));
            i++;
        }
        return plans;
    }

    private String explain(Division district, String month) {
        YearMonth m = YearMonth.parse(month);
        return String.join("\n", jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS OFF) SELECT grid_id, array_agg(extract(day FROM day)::int), array_agg(patrols)
                          FROM patrol_day WHERE day BETWEEN :first AND :last AND grid_path LIKE :prefix || '%' GROUP BY grid_id""")
                .param("first", m.atDay(1)).param("last", m.atEndOfMonth()).param("prefix", new DataScope(district.path()).prefix())
                .query(String.class).list()) + "\n";
    }
}
