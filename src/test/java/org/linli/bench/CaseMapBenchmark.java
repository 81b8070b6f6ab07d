package org.linli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.linli.casework.Cases;
import org.linli.casework.internal.CaseMap;
import org.linli.casework.stats.HistoricalCases;
import org.linli.casework.stats.Period;
import org.linli.shared.CurrentUser;
import org.linli.shared.Times;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify} (issue #13): the district's case map with a year of cases. Generates
 * 100,000 cases over the last 365 days across the demo district ({@link HistoricalCases}), nine in
 * ten given a point inside their place's boundary, then times the map's data over real HTTP, one
 * request at a time, for the district, a street and a committee, each at the zoom that shows it on
 * a 1280-pixel map, for the open cases (the default) and for the whole year. See
 * docs/benchmarks.md for the command; it writes {@code target/benchmarks/case-map.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"linli.demo.registry-streets=none", "logging.level.root=WARN"})
@ActiveProfiles("test")
class CaseMapBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 100_000);
    private static final int CALLS = Integer.getInteger("bench.calls", 30);
    private static final int BUDGET = Integer.getInteger("bench.budget", 30);
    /** The map's width in pixels that the zoom of each view is chosen for. */
    private static final int WIDTH = 1280;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CaseMap map;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    record View(String label, String who, String code, String filters) {
    }

    @Test
    void aYearOfCasesOnTheDistrictsMap() throws Exception {
        StringBuilder report = new StringBuilder();
        String district = jdbc.sql("SELECT path FROM division WHERE code = '150104'").query(String.class).single();
        long start = System.nanoTime();
        int inserted = HistoricalCases.insert(dataSource, district, CASES, 365, 0.1313);
        // Nine in ten reported with a point (a phone's), somewhere inside the boundary of their place.
        int pointed = jdbc.sql("""
                        UPDATE case_record c SET latitude = round((s.min_lat + random() * (s.max_lat - s.min_lat))::numeric, 6),
                                                 longitude = round((s.min_lon + random() * (s.max_lon - s.min_lon))::numeric, 6)
                        FROM division_shape s WHERE s.division_id = c.division_id AND c.created_by = 'history' AND random() < 0.9""")
                .update();
        jdbc.sql("VACUUM ANALYZE case_record").update();
        report.append("generated %,d cases over 365 days (%,d with a point, %,d open) in %.0f s (not a measure of Linli)%n%n".formatted(
                inserted, pointed, jdbc.sql("SELECT count(*) FROM case_record WHERE status NOT IN ('CLOSED', 'REJECTED')")
                        .query(Long.class).single(), (System.nanoTime() - start) / 1e9));

        String year = "&open=false&period=12m";
        List<View> views = List.of(
                new View("district, open cases", "admin", "150104", ""),
                new View("district, the whole year", "admin", "150104", year),
                new View("district, the whole year, overdue only", "admin", "150104", year + "&overdue=true"),
                new View("a street, the whole year", "admin", "150104001", year),
                new View("a committee, the whole year", "admin", "150104001002", year),
                new View("a grid, the whole year", "admin", "150104001002001", year),
                new View("street staff, their street, the whole year", "street", "150104001", year),
                new View("community worker, their committee, the whole year", "worker", "150104001002", year));
        Http http = new Http(port);
        report.append("| view | zoom | answer | p50 | p95 | max | calls | size | aim |\n|---|---|---|---|---|---|---|---|---|\n");
        Http.Times page = http.times(http.signIn("admin"), "/cases/map", CALLS, BUDGET);
        report.append("| the map page itself, admin | | | %.1f ms | %.1f ms | %.1f ms | %d | %,d KB | < 300 ms |%n".formatted(page.p50(),
                page.p95(), page.max(), page.calls(), page.bytes() / 1024));
        for (View v : views) {
            double[] box = jdbc.sql("SELECT min_lon, min_lat, max_lon, max_lat FROM division_shape s JOIN division d ON d.id = s.division_id"
                            + " WHERE d.code = :c UNION ALL SELECT min(min_lon), min(min_lat), max(max_lon), max(max_lat) FROM division_shape"
                            + " WHERE level = 'STREET' AND :c = '150104' AND path LIKE :district || '%'")
                    .param("c", v.code()).param("district", district)
                    .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                    .list().stream().filter(b -> b[2] > b[0]).findFirst().orElseThrow();
            int zoom = Math.min(CaseMap.MAX_ZOOM, (int) Math.floor(Math.log(360.0 * WIDTH / 256 / (box[2] - box[0])) / Math.log(2)));
            String bbox = box[0] + "," + box[1] + "," + box[2] + "," + box[3];
            CaseMap.Data answer = map.data((CurrentUser) users.loadUserByUsername(v.who()), filter(v.filters()),
                    v.filters().contains("12m") ? Period.preset("12m", LocalDate.now(Times.zone())) : null,
                    CaseMap.Box.parse(bbox), zoom);
            String shape = answer.mode().equals("areas") ? "%,d cases in %d cells".formatted(answer.total(), answer.areas().size())
                    : "%,d markers of %,d%s".formatted(answer.cases().size(), answer.total(), answer.more() ? " (more)" : "");
            Http.Times t = http.times(http.signIn(v.who()), "/cases/map/data?bbox=" + bbox + "&zoom=" + zoom + v.filters(), CALLS, BUDGET);
            report.append("| %s | %d | %s | %.1f ms | %.1f ms | %.1f ms | %d | %,d KB | < 300 ms |%n".formatted(v.label(), zoom, shape,
                    t.p50(), t.p95(), t.max(), t.calls(), t.bytes() / 1024));
            System.out.println(report);
        }
        report.append("\nEXPLAIN ANALYZE of the district's cells, the whole year:\n").append(explainCells(district));
        System.out.println("\n==== case map benchmark ====\n" + report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/case-map.txt"), report.toString());
    }

    private static Cases.Filter filter(String filters) {
        return new Cases.Filter(null, null, null, !filters.contains("open=false"), filters.contains("overdue=true"));
    }

    private String explainCells(String district) {
        Period year = Period.preset("12m", LocalDate.now(Times.zone()));
        List<String> plan = new ArrayList<>(jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS OFF) SELECT floor(c.longitude / 0.0055)::bigint, floor(c.latitude / 0.0042)::bigint, count(*),
                               avg(c.latitude)::float8, avg(c.longitude)::float8
                        FROM case_record c WHERE c.division_path LIKE :prefix || '%' AND c.created_at >= :from AND c.created_at < :to
                          AND c.latitude BETWEEN 40.69 AND 40.79 AND c.longitude BETWEEN 111.60 AND 111.74 GROUP BY 1, 2""")
                .param("prefix", district).param("from", year.from()).param("to", year.to()).query(String.class).list());
        return String.join("\n", plan) + "\n";
    }
}
