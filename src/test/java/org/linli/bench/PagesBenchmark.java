package org.linli.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify} (issue #12, item 11): pages that must not grow with the data. Builds
 * 1,000 topics, 10,000 evaluations, a consultation with 10,000 comments and 13,000 unread notices
 * in the demo worker's committee ({@link PageData}), then over real HTTP in the same run times
 * each page one request at a time against the sign-in page, and serves the residents' hall and the
 * worker's case queue from 32 concurrent connections against the sign-in page. See
 * docs/benchmarks.md for the command; it writes {@code target/benchmarks/pages.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.root=WARN")
@ActiveProfiles("test")
class PagesBenchmark {

    private static final int CALLS = Integer.getInteger("bench.calls", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);
    private static final int BUDGET = Integer.getInteger("bench.budget", 30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    record Page(String label, Http.Session as, String path, double aim) {
    }

    @Test
    void pagesDoNotGrowWithTheData() throws Exception {
        PageData.Built data = PageData.build(jdbc, OffsetDateTime.now(clock));
        StringBuilder report = new StringBuilder(data.report()).append("\n\n");
        Http http = new Http(port);
        Http.Session worker = http.signIn("worker");
        Http.Session resident = http.signIn("resident");
        Http.Session admin = http.signIn("admin");
        String consultation = "/consultations/" + data.consultation();
        List<Page> pages = List.of(
                new Page("ceiling: GET /login (sign-in page)", null, "/login", 0),
                new Page("consultation page, worker", worker, consultation, 100),
                new Page("consultation page, resident", resident, consultation, 100),
                new Page("consultation export (Excel), worker", worker, consultation + "/comments.xlsx", 1000),
                new Page("district disclosure overview, admin", admin, "/disclosure", 100),
                new Page("residents' hall, resident", resident, "/topics", 100),
                new Page("case queue, worker", worker, "/cases", 100),
                new Page("name search, one character, admin (district)", admin,
                        "/residents?q=" + URLEncoder.encode("王", StandardCharsets.UTF_8), 100),
                new Page("notices, worker", worker, "/notices", 100));
        report.append("| page | p50 | p95 | max | calls | size | aim |\n|---|---|---|---|---|---|---|\n");
        for (Page p : pages) {
            Http.Times t = http.times(p.as(), p.path(), CALLS, BUDGET);
            report.append("| %s | %.1f ms | %.1f ms | %.1f ms | %d | %,d KB | %s |%n".formatted(p.label(), t.p50(), t.p95(), t.max(),
                    t.calls(), t.bytes() / 1024, p.aim() == 0 ? "ceiling" : "< " + (int) p.aim() + " ms"));
            System.out.println(report);
        }
        report.append("\n%d connections, %d s each:%n%n| page | requests/s | p50 | p99 | requests | not 200 |%n|---|---|---|---|---|---|%n"
                .formatted(CONNECTIONS, SECONDS));
        for (Page p : List.of(pages.get(0), pages.get(5), pages.get(6))) {
            Http.Load l = http.load(p.as(), p.path(), CONNECTIONS, SECONDS);
            report.append("| %s | %.0f | %.1f ms | %.1f ms | %,d | %d |%n".formatted(p.label(), l.perSecond(), l.p50(), l.p99(),
                    l.requests(), l.failed()));
            System.out.println(report);
        }
        System.out.println("\n==== pages benchmark ====\n" + report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/pages.txt"), report.toString());
    }
}
