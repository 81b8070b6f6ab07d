package org.linli.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.linli.casework.Cases;
import org.linli.casework.stats.CaseStats;
import org.linli.casework.stats.Grouping;
import org.linli.casework.stats.HistoricalCases;
import org.linli.casework.stats.Period;
import org.linli.division.Divisions;
import org.linli.notice.Notices;
import org.linli.shared.CurrentUser;
import org.linli.shared.Times;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify}: a million past cases in the demo district, then over real HTTP with
 * wrk (2 threads, 2 connections, as many as the machine has cores): a trivial endpoint as the
 * ceiling, creating cases, the queue as a community and as the district, and the district's
 * statistics over a year. See docs/benchmarks.md for the command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"linli.demo.registry-streets=none", "logging.level.root=WARN"})
@ActiveProfiles("test")
class CaseBenchmark {

    private static final int CASES = 1_000_000;
    private static final String DURATION = System.getProperty("bench.duration", "20s");
    private static final int CALLS = Integer.getInteger("bench.calls", 30);
    private static final Path OUT = Path.of("target/benchmarks");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CaseStats stats;

    @Autowired
    Cases cases;

    @Autowired
    Notices notices;

    @Autowired
    Divisions divisions;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Test
    void aMillionCases() throws Exception {
        String wrkVersion = wrkVersion();
        Files.createDirectories(OUT);
        StringBuilder report = new StringBuilder();
        String district = jdbc.sql("SELECT path FROM division WHERE code = '150104'").query(String.class).single();
        long start = System.nanoTime();
        int inserted = HistoricalCases.insert(dataSource, district, CASES, 365, 0.2026);
        report.append("generated %,d cases over 365 days in %.0f s (not a measure of Linli)%n".formatted(inserted,
                (System.nanoTime() - start) / 1e9));
        report.append(jdbc.sql("""
                        SELECT format('case_record %s rows (%s open), case_log %s, case_summons %s, case_rating %s, case_overdue %s',
                            (SELECT count(*) FROM case_record), (SELECT count(*) FROM case_record WHERE status NOT IN ('CLOSED', 'REJECTED')),
                            (SELECT count(*) FROM case_log), (SELECT count(*) FROM case_summons),
                            (SELECT count(*) FROM case_rating), (SELECT count(*) FROM case_overdue))
                        || format(E'\ncase_tally %s rows (%s day rows, %s month rows)', (SELECT count(*) FROM case_tally),
                            (SELECT count(*) FROM case_tally WHERE grain = 'd'), (SELECT count(*) FROM case_tally WHERE grain = 'm'))""")
                .query(String.class).single()).append('\n');
        jdbc.sql("VACUUM ANALYZE case_record").update();
        report.append(wrkVersion).append('\n');

        Session worker = signIn("worker");
        Session admin = signIn("admin");
        report.append(wrk("ceiling: GET /actuator/health", "/actuator/health", null, null));
        report.append(wrk("ceiling: GET /login (a Thymeleaf page)", "/login", null, null));
        report.append(wrk("POST /cases/new as worker", "/cases/new", worker, newCaseScript(worker)));
        report.append(wrk("GET /cases as worker (committee)", "/cases", worker, null));
        report.append(wrk("GET /cases as admin (district)", "/cases", admin, null));

        report.append(httpTimes("GET /cases as worker, one request at a time", worker, "/cases", "data-testid=\"cases\""));
        report.append(httpTimes("GET /cases as admin, one request at a time", admin, "/cases", "data-testid=\"cases\""));
        for (String who : List.of("worker", "admin")) {
            report.append(queueParts(who));
        }
        System.out.println(report);
        Period year = Period.preset("12m", LocalDate.now(Times.zone()));
        report.append("\nEXPLAIN ANALYZE of counting the cases themselves (what the rollup replaces; district, by region):\n").append(explainStats(district, year));
        System.out.println(report);
        for (Grouping g : Grouping.values()) {
            report.append(httpTimes("GET /case-stats district, 近 12 个月, by " + g, admin, "/case-stats?preset=12m&group=" + g));
        }
        CurrentUser adminUser = (CurrentUser) users.loadUserByUsername("admin");
        for (Grouping g : Grouping.values()) {
            double[] ms = new double[CALLS];
            for (int i = -5; i < ms.length; i++) {
                long t = System.nanoTime();
                stats.report(adminUser, g, year);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            report.append(percentiles("CaseStats.report alone, district, 近 12 个月, by " + g, ms));
        }
        report.append("cases after the run: %,d%n".formatted(jdbc.sql("SELECT count(*) FROM case_record").query(Long.class).single()));
        report.append("\nEXPLAIN ANALYZE of the district's waiting counts:\n").append(explainQueue(district));
        System.out.println("\n==== case benchmark ====\n" + report);
        Files.writeString(OUT.resolve("cases.txt"), report.toString());
    }

    private static String wrkVersion() throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out.lines().findFirst().orElse("wrk");
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed; this benchmark measures over HTTP with it: apt-get install -y wrk", e);
        }
    }

    record Session(String cookie, String csrf) {
    }

    private Session signIn(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = get(http, "/login");
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=linli2026&_csrf=" + csrf(login))).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = get(http, "/cases/new");
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException(username + " did not sign in"));
        return new Session("JSESSIONID=" + session, csrf(form));
    }

    private String get(HttpClient http, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        return m.group(1);
    }

    /** Form-encoded new cases, each with its own submissionKey (thread number and counter). */
    private static Path newCaseScript(Session s) throws IOException {
        String fixed = "channel=PHONE&category=NOISE&placeCode=150104001002001&title=" + enc("夜间施工噪声")
                + "&description=" + enc("工地夜间十一点后仍在施工，噪声很大") + "&reporterPhone=13812345678&_csrf=" + enc(s.csrf());
        String lua = """
                local threads = {}
                function setup(thread)
                  thread:set("tid", #threads + 1)
                  table.insert(threads, thread)
                end
                local counter = 0
                function request()
                  counter = counter + 1
                  local body = "%s&submissionKey=bench-" .. run .. "-" .. tid .. "-" .. counter
                  return wrk.format("POST", "/cases/new", {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "%s"}, body)
                end
                run = "%d"
                """.formatted(fixed, s.cookie(), System.currentTimeMillis());
        Path script = OUT.resolve("new-case.lua");
        Files.writeString(script, lua);
        return script;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String wrk(String label, String path, Session session, Path script) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c2", "-d" + DURATION, "--latency"));
        if (session != null && script == null) {
            command.addAll(List.of("-H", "Cookie: " + session.cookie()));
        }
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add("http://localhost:" + port + path);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        Files.writeString(OUT.resolve("wrk-" + label.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), String.join(" ", command) + "\n" + out);
        String rps = find(out, "Requests/sec:\\s+([0-9.]+)");
        String p50 = find(out, "\\n\\s+50%\\s+(\\S+)");
        String p99 = find(out, "\\n\\s+99%\\s+(\\S+)");
        String requests = find(out, "(\\d+) requests in");
        String bad = out.contains("Non-2xx or 3xx responses") ? find(out, "Non-2xx or 3xx responses: (\\d+)") : "0";
        String errors = out.contains("Socket errors") ? " socket errors: " + find(out, "Socket errors: ([^\\n]+)") : "";
        return "%s: %s req/s, p50 %s, p99 %s (%s requests, %s non-2xx/3xx%s)%n".formatted(label, rps, p50, p99, requests, bad, errors);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private String httpTimes(String label, Session s, String path) throws Exception {
        return httpTimes(label, s, path, "stats-table");
    }

    /** One request at a time over HTTP: the latency without queueing behind another. */
    private String httpTimes(String label, Session s, String path, String marker) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        double[] ms = new double[CALLS];
        for (int i = -5; i < ms.length; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", s.cookie()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains(marker)) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return percentiles(label, ms);
    }

    /** What one queue page costs, part by part, called directly (no HTTP), to find where its time goes. */
    private String queueParts(String who) {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(who);
        Map<String, Runnable> parts = new LinkedHashMap<>();
        parts.put("count", () -> cases.count(user, Cases.Filter.open()));
        parts.put("queue (first 50)", () -> cases.queue(user, Cases.Filter.open(), 0, 50));
        parts.put("waiting", () -> cases.waiting(user));
        parts.put("unread notices", () -> notices.unread(user));
        parts.put("child divisions", () -> divisions.findUnscoped(user.divisionId())
                .map(d -> divisions.children(d, user.scope(), 0, 500)).orElseThrow());
        StringBuilder out = new StringBuilder();
        parts.forEach((name, part) -> {
            double[] ms = new double[CALLS];
            for (int i = -5; i < ms.length; i++) {
                long t = System.nanoTime();
                part.run();
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            out.append(percentiles("  " + who + " queue part: " + name, ms));
        });
        return out.toString();
    }

    private static String percentiles(String label, double[] ms) {
        Arrays.sort(ms);
        return "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)%n".formatted(label, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], ms.length);
    }

    /** The open and overdue counts every district page shows (Cases.waiting), as PostgreSQL runs them. */
    private String explainQueue(String district) {
        return String.join("\n", jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS OFF) SELECT count(*) AS open,
                               count(*) FILTER (WHERE now() > CASE WHEN c.status = 'REPORTED' THEN c.accept_due ELSE c.finish_due END)
                        FROM case_record c WHERE c.division_path LIKE :prefix || '%' AND c.status NOT IN ('CLOSED', 'REJECTED')""")
                .param("prefix", district).query(String.class).list()) + "\n";
    }

    private String explainStats(String district, Period year) {
        return String.join("\n", jdbc.sql("""
                        EXPLAIN (ANALYZE, BUFFERS OFF) SELECT split_part(substr(c.division_path, :cut), '/', 1), count(*),
                               count(*) FILTER (WHERE c.status = 'CLOSED'), count(*) FILTER (WHERE c.status = 'CLOSED' AND c.closed_on_time),
                               count(c.rating)
                        FROM case_record c WHERE c.division_path LIKE :prefix || '%' AND c.created_at >= :from AND c.created_at < :to
                        GROUP BY 1""").param("prefix", district).param("cut", district.length() + 1).param("from", year.from())
                .param("to", year.to()).query(String.class).list()) + "\n";
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
