package org.linli.demo;

import java.io.StringReader;
import java.io.StringWriter;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.Phone;
import org.linli.registry.RegistryLoader;
import org.linli.registry.RegistryLoader.NewDwelling;
import org.linli.registry.RegistryLoader.NewResident;
import org.linli.registry.internal.Vault;
import org.linli.shared.DataScope;
import org.linli.shared.IdNumber;
import org.postgresql.PGConnection;
import org.linli.testing.TestDatabaseRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify}: bulk-loads a million generated residents (validation, encryption,
 * hashing, COPY) against PostgreSQL's own COPY of the same rows, then times searches at that size.
 * See docs/benchmarks.md for the command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"linli.demo.registry-streets=none", "logging.level.root=WARN"})
@ActiveProfiles("test")
class RegistryBenchmark {

    private static final int TARGET = 1_000_000;

    @Autowired
    RegistryLoader loader;

    @Autowired
    Divisions divisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /** The tables of the COPY baseline are created as the schema's owner: the application's role creates none. */
    @Autowired
    Environment env;

    @Autowired
    Vault vault;

    @LocalServerPort
    int port;

    @Test
    void loadAMillionResidentsAndSearch() throws Exception {
        List<List<NewDwelling>> batches = generate();
        long residents = batches.stream().flatMap(List::stream).mapToLong(d -> d.household().size()).sum();
        StringBuilder report = new StringBuilder("residents generated: %,d in %,d households%n".formatted(residents,
                batches.stream().flatMap(List::stream).filter(d -> !d.household().isEmpty()).count()));

        long start = System.nanoTime();
        for (List<NewDwelling> batch : batches) {
            loader.load(revalidated(batch));
        }
        loader.feedSizing();
        double loadMs = (System.nanoTime() - start) / 1e6;

        double copyMs = copyBaseline();
        report.append("PostgreSQL COPY of the same rows (dwelling, household, resident) into tables with the same indexes: %.0f ms%n"
                .formatted(copyMs));
        report.append("Linli load (validate, encrypt, hash, COPY, analyse, sizing): %.0f ms = %.2f x COPY%n"
                .formatted(loadMs, loadMs / copyMs));

        HttpClient http = signIn();
        List<String[]> sample = sample(300);
        report.append(latency(http, "search by name prefix (two characters)", sample.stream().map(s -> s[0].substring(0, Math.min(2, s[0].length()))).toList()));
        report.append(latency(http, "search by whole ID number", sample.stream().map(s -> s[1]).toList()));
        report.append(latency(http, "search by phone number", sample.stream().map(s -> s[2]).filter(p -> p != null).toList()));
        report.append(latency(http, "search by last four of the ID number", sample.stream().map(s -> s[1].substring(14)).toList()));

        System.out.println("\n==== registry benchmark ====\n" + report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/registry.txt"), report.toString());
    }

    private List<List<NewDwelling>> generate() {
        DemoPeople people = new DemoPeople(42);
        people.extraRoomsPerFloor = 4;
        Division district = divisions.findByCode("150104").orElseThrow();
        List<Division> committees = divisions.search("", new DataScope(district.path()), List.of(Level.COMMITTEE), 10_000);
        List<List<NewDwelling>> batches = new ArrayList<>();
        long total = 0;
        int perCommittee = TARGET / committees.size() + 1;
        for (Division committee : committees) {
            DataScope scope = new DataScope(committee.path());
            List<Division> buildings = divisions.search("", scope, List.of(Level.BUILDING), 100_000);
            Map<Long, Division> estates = new HashMap<>();
            divisions.search("", scope, List.of(Level.ESTATE), 100_000).forEach(e -> estates.put(e.id(), e));
            List<NewDwelling> batch = new ArrayList<>();
            for (NewDwelling d : people.committee(buildings, estates, perCommittee * 10 / 23)) {
                if (total + d.household().size() > TARGET) {
                    d = new NewDwelling(d.buildingId(), d.buildingPath(), d.road(), d.houseNumber(), d.entrance(), d.room(),
                            d.address(), org.linli.registry.DwellingUse.VACANT, d.floorAreaM2(), d.tenure(), List.of());
                }
                total += d.household().size();
                batch.add(d);
            }
            batches.add(batch);
        }
        return batches;
    }

    /** The timed part validates every identifier again, as an import of outside data must. */
    private static List<NewDwelling> revalidated(List<NewDwelling> batch) {
        List<NewDwelling> out = new ArrayList<>(batch.size());
        for (NewDwelling d : batch) {
            List<NewResident> members = new ArrayList<>(d.household().size());
            for (NewResident r : d.household()) {
                if (r.phone() != null && Phone.problem(r.phone()) != null) {
                    throw new IllegalStateException("bad phone");
                }
                members.add(new NewResident(r.name(), IdNumber.parse(r.idNumber().value()), r.phone(), r.ethnicity(),
                        r.registration(), r.relation()));
            }
            out.add(new NewDwelling(d.buildingId(), d.buildingPath(), d.road(), d.houseNumber(), d.entrance(), d.room(),
                    d.address(), d.use(), d.floorAreaM2(), d.tenure(), members));
        }
        return out;
    }

    private double copyBaseline() throws Exception {
        long total = 0;
        JdbcClient owner = TestDatabaseRoles.owner(env);
        for (String table : List.of("dwelling", "household", "resident")) {
            String rows;
            try (Connection c = dataSource.getConnection()) {
                StringWriter out = new StringWriter();
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT (FORMAT csv)", out);
                rows = out.toString();
            }
            owner.sql("DROP TABLE IF EXISTS " + table + "_copy").update();
            owner.sql("CREATE TABLE " + table + "_copy (LIKE " + table + " INCLUDING ALL)").update();
            try (Connection c = TestDatabaseRoles.ownerDataSource(env).getConnection()) {
                long start = System.nanoTime();
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + "_copy FROM STDIN (FORMAT csv)",
                        new StringReader(rows));
                total += System.nanoTime() - start;
            }
            owner.sql("DROP TABLE " + table + "_copy").update();
        }
        return total / 1e6;
    }

    /** name, whole ID, whole phone of random residents. */
    private List<String[]> sample(int n) {
        return jdbc.sql("SELECT name, id_cipher, phone_cipher FROM resident TABLESAMPLE SYSTEM (1) LIMIT :n")
                .param("n", n)
                .query((rs, i) -> new String[] {rs.getString(1), vault.decrypt(rs.getBytes(2)),
                        rs.getBytes(3) == null ? null : vault.decrypt(rs.getBytes(3))})
                .list();
    }

    private String latency(HttpClient http, String label, List<String> queries) throws Exception {
        for (int i = 0; i < 100; i++) {
            get(http, queries.get(i % queries.size()));
        }
        double[] ms = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            get(http, queries.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        int n = ms.length;
        return "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests, district scope)%n".formatted(
                label, ms[n / 2], ms[(int) (n * 0.95)], ms[Math.min(n - 1, (int) (n * 0.99))], n);
    }

    private void get(HttpClient http, String q) throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/residents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
    }

    private HttpClient signIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=linli2026&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        return http;
    }
}
