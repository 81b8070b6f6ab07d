package org.linli.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.benefits.roster.RosterImport;
import org.linli.registry.internal.Vault;
import org.linli.shared.DataScope;
import org.linli.shared.Masks;
import org.linli.shared.Role;
import org.linli.testing.BenefitsFixtures;
import org.linli.testing.BenefitsFixtures.Found;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A benefit's roster imported from the paying authority's Excel file: good rows enrolled and their
 * open tasks closed as ENROLLED, bad rows (check character, not registered, outside the scope,
 * name not as registered) sent back with their reasons; the roster page masked and scoped.
 */
@LinliTest
class RosterImportTest {

    private static final TestUser WORKER = new TestUser(0, "worker", "张丽", Role.COMMUNITY_WORKER, 0,
            new DataScope(RegistryFixtures.OWN_COMMITTEE));

    @Autowired
    RosterImport rosterImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vault vault;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void goodRowsAreEnrolledBadRowsComeBackWithTheirReasonsAndTheTaskCloses() {
        RegistryFixtures.signIn("worker");
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（名册）");
        List<Found> own = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_COMMITTEE, 10, 3);
        Found other = BenefitsFixtures.residents(jdbc, RegistryFixtures.OTHER_COMMITTEE, 10, 1).getFirst();
        long task = BenefitsFixtures.match(jdbc, benefit, own.get(0), OffsetDateTime.now(clock).minusDays(5), "年满 80 周岁");
        String first = BenefitsFixtures.idNumberOf(jdbc, vault, own.get(0).id());
        String second = BenefitsFixtures.idNumberOf(jdbc, vault, own.get(1).id());
        String third = BenefitsFixtures.idNumberOf(jdbc, vault, own.get(2).id());
        String outside = BenefitsFixtures.idNumberOf(jdbc, vault, other.id());
        String unknown = RegistryFixtures.idNumber(LocalDate.of(1940, 3, 3), 911);
        byte[] file = BenefitsFixtures.rosterFile(List.of(
                new String[] {own.get(0).name(), first, "2026-01-01", ""},
                new String[] {own.get(1).name(), second.toLowerCase(), "2025/7/1", "2026年12月31日"},
                new String[] {"王某某", RegistryFixtures.withWrongCheck(third), "2026-01-01", ""},
                new String[] {"李某某", unknown, "2026-01-01", ""},
                new String[] {other.name(), outside, "2026-01-01", ""},
                new String[] {own.get(2).name() + "甲", third, "2026-01-01", ""},
                new String[] {own.get(0).name(), first, "2026-01-01", ""},
                new String[] {own.get(1).name(), second, "一月", "2025-01-01"}));

        RosterImport.Result result = rosterImport.run(benefit, "名册.xlsx", file, WORKER, (p, d, t) -> { });

        assertThat(result.rows()).isEqualTo(8);
        assertThat(result.enrolled()).isEqualTo(2);
        assertThat(result.tasksClosed()).isEqualTo(1);
        Map<Integer, String> reasons = result.problems().stream()
                .collect(Collectors.toMap(RosterImport.Problem::line, p -> p.column() + "：" + p.reason(), (a, b) -> a + "；" + b));
        assertThat(reasons).containsOnlyKeys(4, 5, 6, 7, 8, 9);
        assertThat(reasons.get(4)).isEqualTo("身份证号：身份证号校验位不正确");
        assertThat(reasons.get(5)).isEqualTo("身份证号：登记中没有此身份证号的居民");
        assertThat(reasons.get(6)).isEqualTo("身份证号：此人登记在您管辖范围以外，请由其所在街道或社区导入");
        assertThat(reasons.get(7)).isEqualTo("姓名：姓名与户籍登记的不一致");
        assertThat(reasons.get(8)).isEqualTo("身份证号：与第 2 行的身份证号重复");
        assertThat(reasons.get(9)).contains("享受起始日期：“一月”不是日期");

        // Saved: the two good rows, with their dates; nobody else.
        List<String> enrolled = jdbc.sql("""
                        SELECT resident_id || ' ' || since || ' ' || COALESCE(until::text, '-') FROM benefit_enrolment
                        WHERE benefit_id = :b ORDER BY resident_id""").param("b", benefit).query(String.class).list();
        assertThat(enrolled).containsExactly(own.get(0).id() + " 2026-01-01 -", own.get(1).id() + " 2025-07-01 2026-12-31");
        // The open task of the first closed by the enrolment.
        assertThat(jdbc.sql("SELECT closed_why FROM benefit_match WHERE id = :id").param("id", task).query(String.class).single())
                .isEqualTo("ENROLLED");
        // The bad rows come back as typed, with the reasons in the last column.
        List<List<String>> bad = BenefitsFixtures.sheet(result.badRows());
        assertThat(bad).hasSize(7);
        assertThat(bad.get(0)).containsExactly("姓名", "身份证号", "享受起始日期", "终止日期", "错误原因");
        assertThat(bad.get(1).get(1)).isEqualTo(RegistryFixtures.withWrongCheck(third));
        assertThat(bad.get(1).get(4)).isEqualTo("原第 4 行：身份证号——身份证号校验位不正确；");
        assertThat(bad.get(3).get(4)).contains("管辖范围以外");
        // Audited.
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'BENEFIT_ROSTER_IMPORT' AND target LIKE '测试津贴（名册）%'")
                .query(Long.class).single()).isEqualTo(1);

        // Importing the same file again updates, never copies.
        clock.advance(Duration.ofDays(1));
        RosterImport.Result again = rosterImport.run(benefit, "名册.xlsx", file, WORKER, (p, d, t) -> { });
        assertThat(again.enrolled()).isEqualTo(2);
        assertThat(again.tasksClosed()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM benefit_enrolment WHERE benefit_id = :b").param("b", benefit)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anUnreadableFileSavesNothing() {
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（坏文件）");
        RosterImport.Result result = rosterImport.run(benefit, "x.xlsx", "not a workbook".getBytes(), WORKER, (p, d, t) -> { });
        assertThat(result.enrolled()).isZero();
        assertThat(result.problems()).singleElement().extracting(RosterImport.Problem::reason).asString().contains("文件无法读取");
        byte[] noColumns = BenefitsFixtures.rosterFile(List.of());
        assertThat(rosterImport.run(benefit, "x.xlsx", noColumns, WORKER, (p, d, t) -> { }).problems())
                .singleElement().extracting(RosterImport.Problem::reason).asString().contains("没有要导入的行");
    }

    @Test
    void theRosterPageMasksNamesIsScopedAndOnlyForThoseWhoOverseeIt() throws Exception {
        RegistryFixtures.signIn("worker");
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（名册页）");
        Found own = BenefitsFixtures.residents(jdbc, RegistryFixtures.OWN_COMMITTEE, 20, 1).getFirst();
        rosterImport.run(benefit, "名册.xlsx", BenefitsFixtures.rosterFile(List.<String[]>of(new String[] {own.name(),
                BenefitsFixtures.idNumberOf(jdbc, vault, own.id()), "2026-01-01", ""})), WORKER, (p, d, t) -> { });

        String page = mvc.perform(get("/benefits/" + benefit + "/roster").with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-resident=\"" + own.id() + "\"").contains(Masks.name(own.name()))
                .doesNotContain(">" + own.name() + "<").contains("data-total=\"1\"");
        // The street sees it too; a committee filter outside the worker's scope is not found.
        mvc.perform(get("/benefits/" + benefit + "/roster").with(as("street"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-total=\"1\"")));
        mvc.perform(get("/benefits/" + benefit + "/roster").param("place", "150104001004").with(as("worker")))
                .andExpect(status().isNotFound());
        // Grid workers, departments and residents have no roster; nor does anyone a benefit that does not exist.
        for (String who : List.of("grid", "dept", "resident")) {
            mvc.perform(get("/benefits/" + benefit + "/roster").with(as(who))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/benefits/999999999/roster").with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/benefits/" + benefit + "/roster").file(new MockMultipartFile("file", "r.xlsx", null, new byte[] {1}))
                .with(as("grid")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUploadRunsAsAJobWhosePageOffersTheBadRows() throws Exception {
        long benefit = BenefitsFixtures.benefit(jdbc, "测试津贴（上传）");
        byte[] file = BenefitsFixtures.rosterFile(List.<String[]>of(new String[] {"李某某",
                RegistryFixtures.idNumber(LocalDate.of(1941, 4, 4), 913), "2026-01-01", ""}));
        MvcResult posted = mvc.perform(multipart("/benefits/" + benefit + "/roster")
                        .file(new MockMultipartFile("file", "r.xlsx", null, file)).with(as("worker"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String job = posted.getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/benefits/" + benefit + "/roster/import/");
        String page = "";
        for (int i = 0; i < 200 && !page.contains("roster-result"); i++) {
            Thread.sleep(100);
            page = mvc.perform(get(job).with(as("worker"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(page).contains("data-testid=\"roster-bad-rows\"").contains("登记中没有此身份证号的居民");
        byte[] bad = mvc.perform(get(job + "/bad-rows.xlsx").with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(BenefitsFixtures.sheet(bad)).hasSize(2);
        // Another account cannot read the job.
        mvc.perform(get(job).with(as("street"))).andExpect(status().isNotFound());
        // No file: refused on the roster page.
        mvc.perform(multipart("/benefits/" + benefit + "/roster").with(as("worker"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("请选择要导入的名册文件")));
    }
}
