package org.linli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.reports.requests.ConsolidatedTable;
import org.linli.reports.requests.Consolidation;
import org.linli.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code verify} (issue #15): the consolidated table of one request to a district of
 * {@code bench.committees} (2,000) committees and a template of {@code bench.fields} (20) fields,
 * every form submitted or approved. Adds committees to the demo district's streets until it has
 * them, writes the template, the request, its forms and values in SQL (the figures are not the
 * point), then times the table as the use case builds it, the page over real HTTP, and a bare
 * SELECT of the same rows (the plain SQL limit). Writes {@code target/benchmarks/consolidated.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"linli.demo.registry-streets=none", "logging.level.root=WARN"})
@ActiveProfiles("test")
class ConsolidatedBenchmark {

    private static final int COMMITTEES = Integer.getInteger("bench.committees", 2_000);
    private static final int FIELDS = Integer.getInteger("bench.fields", 20);
    private static final int CALLS = Integer.getInteger("bench.calls", 30);

    @Autowired JdbcClient jdbc;
    @Autowired Divisions divisions;
    @Autowired Consolidation consolidation;
    @Autowired UserDetailsService users;

    @LocalServerPort
    int port;

    @Test
    void theConsolidatedTableOfADistrict() throws Exception {
        Division district = divisions.findByCode("150104").orElseThrow();
        long start = System.nanoTime();
        addCommittees(district);
        long request = request(district);
        jdbc.sql("VACUUM ANALYZE report_form").update();
        jdbc.sql("VACUUM ANALYZE report_value").update();
        long forms = jdbc.sql("SELECT count(*) FROM report_form WHERE request_id = :r").param("r", request).query(Long.class).single();
        StringBuilder report = new StringBuilder("%,d committees' forms × %d fields = %,d values; generated in %.0f s%n%n".formatted(
                forms, FIELDS, forms * FIELDS, (System.nanoTime() - start) / 1e9));

        CurrentUser dept = (CurrentUser) users.loadUserByUsername("dept2");
        ConsolidatedTable table = consolidation.table(request, dept, null);
        report.append("table: %d streets, %d rows, total of the first column %s%n%n".formatted(table.streets().size(),
                table.counts().forms(), table.total().getFirst()));
        report.append("| what | p50 | p95 | max | calls | aim |\n|---|---|---|---|---|---|\n");
        report.append(row("the table as the use case builds it (one query + names)", time(() -> consolidation.table(request, dept, null))));
        report.append(row("bare SELECT of the same rows (form × value, plain SQL limit)", time(() -> bare(request))));
        report.append(row("bare SELECT, one row per committee with its values in an array", time(() -> aggregated(request))));
        Http http = new Http(port);
        Http.Times page = http.times(http.signIn("dept2"), "/reports/requests/" + request, CALLS, 60);
        report.append("| the page over HTTP (%,d KB of HTML) | %.1f ms | %.1f ms | %.1f ms | %d | < 200 ms |%n".formatted(
                page.bytes() / 1024, page.p50(), page.p95(), page.max(), page.calls()));
        Http.Times excel = http.times(http.signIn("dept2"), "/reports/requests/" + request + "/export.xlsx", 10, 60);
        report.append("| the Excel file over HTTP (%,d KB) | %.1f ms | %.1f ms | %.1f ms | %d | |%n".formatted(
                excel.bytes() / 1024, excel.p50(), excel.p95(), excel.max(), excel.calls()));
        report.append("\nload average: ").append(Files.readString(Path.of("/proc/loadavg")).strip()).append('\n');
        System.out.println("\n==== consolidated benchmark ====\n" + report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/consolidated.txt"), report.toString());
    }

    private static String row(String what, double[] t) {
        return "| %s | %.1f ms | %.1f ms | %.1f ms | %d | < 200 ms |%n".formatted(what, t[0], t[1], t[2], (int) t[3]);
    }

    /** p50, p95, max and the number of calls, after two calls not counted. */
    private static double[] time(Supplier<?> call) {
        List<Double> ms = new ArrayList<>();
        for (int i = -2; i < CALLS; i++) {
            long t = System.nanoTime();
            call.get();
            if (i >= 0) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {s[s.length / 2], s[(int) Math.ceil(s.length * 0.95) - 1], s[s.length - 1], s.length};
    }

    private int bare(long request) {
        return jdbc.sql("""
                        SELECT f.id, f.committee_path, f.status, v.field_id, v.value, v.computed, v.reason
                          FROM report_form f JOIN report_value v ON v.form_id = f.id WHERE f.request_id = :r""")
                .param("r", request).query((rs, n) -> rs.getLong(1)).list().size();
    }

    private int aggregated(long request) {
        return jdbc.sql("""
                        SELECT f.id, f.committee_path, array_agg(v.value) FROM report_form f JOIN report_value v ON v.form_id = f.id
                         WHERE f.request_id = :r GROUP BY f.id""")
                .param("r", request).query((rs, n) -> rs.getLong(1)).list().size();
    }

    /** Committees under the demo district's streets, in turn, until the district has COMMITTEES. */
    private void addCommittees(Division district) {
        long have = jdbc.sql("SELECT count(*) FROM division WHERE level = 'COMMITTEE' AND path LIKE :p || '%'")
                .param("p", district.path()).query(Long.class).single();
        jdbc.sql("""
                        WITH s AS (SELECT id, code, path, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS n
                                     FROM division WHERE level = 'STREET' AND parent_id = :d),
                             g AS (SELECT generate_series(0, :missing - 1) AS i)
                        INSERT INTO division (code, name, level, kind, parent_id, path)
                        SELECT s.code || (600 + g.i / s.n), '测评社区' || (g.i + 1) || '居委会', 'COMMITTEE', 'OTHER_COMMITTEE', s.id,
                               s.path || s.code || (600 + g.i / s.n) || '/'
                          FROM g JOIN s ON s.k = g.i % s.n
                        ON CONFLICT (code) DO NOTHING""")
                .param("d", district.id()).param("missing", Math.max(1, COMMITTEES - have)).update();
    }

    /** A template of dept2 with FIELDS typed fields, admitted, and one request to every committee, all submitted, most approved. */
    private long request(Division district) {
        long department = jdbc.sql("SELECT id FROM department WHERE code = 'YQ-ZJJ'").query(Long.class).single();
        long template = jdbc.sql("""
                        INSERT INTO report_template (department_id, region_path, name, status, approval_levels, created_at, created_by)
                        VALUES (:d, :p, '测评汇总表', 'ADMITTED', 'STREET', now(), 'bench') RETURNING id""")
                .param("d", department).param("p", district.path()).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO report_field (template_id, position, label, unit, heading)
                        SELECT :t, i, '字段' || i, '人', '表头' || i FROM generate_series(1, :n) i""")
                .param("t", template).param("n", FIELDS).update();
        long request = jdbc.sql("""
                        INSERT INTO report_request (template_id, period_from, period_to, deadline, target_paths, issued_at, issued_by)
                        VALUES (:t, DATE '2026-01-01', DATE '2026-01-31', DATE '2026-02-10', ARRAY[:p], now(), 'bench') RETURNING id""")
                .param("t", template).param("p", district.path()).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO report_form (request_id, committee_path, status, level, returned_count, submitted_at, approved_at)
                        SELECT :r, path, CASE WHEN id % 10 = 0 THEN 'SUBMITTED' ELSE 'APPROVED' END, CASE WHEN id % 10 = 0 THEN 0 ELSE 1 END,
                               (id % 7 = 0)::int, now(), CASE WHEN id % 10 = 0 THEN NULL ELSE now() END
                          FROM division WHERE level = 'COMMITTEE' AND path LIKE :p || '%'""")
                .param("r", request).param("p", district.path()).update();
        jdbc.sql("""
                        INSERT INTO report_value (form_id, field_id, computed, value, reason)
                        SELECT f.id, fl.id, (f.id * fl.position) % 500, (f.id * fl.position) % 500 + (f.id % 13 = 0 AND fl.position = 1)::int,
                               CASE WHEN f.id % 13 = 0 AND fl.position = 1 THEN '测评更正' END
                          FROM report_form f CROSS JOIN report_field fl WHERE f.request_id = :r AND fl.template_id = :t""")
                .param("r", request).param("t", template).update();
        return request;
    }
}
