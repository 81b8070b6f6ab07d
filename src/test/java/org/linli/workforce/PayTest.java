package org.linli.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.Actors.as;
import static org.linli.testing.WorkforceFixtures.COMMITTEE;
import static org.linli.testing.WorkforceFixtures.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.testing.TestClock;
import org.linli.testing.WorkforceFixtures;
import org.linli.workforce.pay.PayTables;
import org.linli.workforce.payroll.DailyPayReview;
import org.linli.workforce.payroll.PaySheetFile;
import org.linli.workforce.register.Register;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pay under 三岗十八级 with the demo table: the basic amount at grades 1, 9 and 18 (0 and 19 refused),
 * a certificate raising the grade by the table's rule and the pay with it, recorded in the growth
 * record; seniority across the anniversary; the month's pay sheet read back from Excel; the district's
 * pay table checked before it is stored.
 */
@LinliTest
class PayTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    PayTables tables;
    @Autowired
    DailyPayReview review;
    @Autowired
    TestClock clock;

    WorkforceFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new WorkforceFixtures(register, accounts, jdbc);
    }

    private String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int total(String page) {
        var m = java.util.regex.Pattern.compile("data-testid=\"pay-total\">(\\d+)<").matcher(page);
        assertThat(m.find()).as("pay total shown").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void basicPayAtGradeOneAMiddleGradeAndEighteenAndNoGradeOutside() throws Exception {
        LocalDate started = clock.today().minusDays(10);
        for (int grade : new int[] {1, 9, 18}) {
            long id = fixtures.worker(COMMITTEE, "边界" + grade, Post.DEPUTY, grade, Degree.COLLEGE, Certificate.NONE, started);
            assertThat(total(page("/workforce/" + id, "street"))).as("grade " + grade).isEqualTo(basic(Post.DEPUTY, grade));
        }
        assertThat(basic(Post.DEPUTY, 1)).isEqualTo(3800);
        assertThat(basic(Post.DEPUTY, 18)).isEqualTo(3800 + 17 * 90);
        var table = tables.all().stream().filter(t -> t.effectiveFrom().equals(LocalDate.of(2022, 1, 1))).findFirst().orElseThrow();
        for (int grade : new int[] {0, 19}) {
            String answer = mvc.perform(post("/workforce").with(as("street")).with(csrf()).param("name", "越界" + grade)
                            .param("place", COMMITTEE).param("post", "MEMBER").param("grade", String.valueOf(grade))
                            .param("degree", "BACHELOR").param("certificate", "NONE").param("startedOn", started.toString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(answer).contains("等级应为 1—18 级");
            assertThat(jdbc.sql("SELECT count(*) FROM community_worker WHERE name = :n").param("n", "越界" + grade)
                    .query(Long.class).single()).isZero();
            assertThatThrownBy(() -> table.basic(Post.MEMBER, grade)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aCertificateRaisesTheGradeByTheRuleAndThePayIsRecomputedAndRecorded() throws Exception {
        LocalDate started = clock.today().minusYears(3).minusDays(5);
        long id = fixtures.worker(COMMITTEE, "持证者", Post.MEMBER, 5, Degree.BACHELOR, Certificate.NONE, started);
        assertThat(total(page("/workforce/" + id, "street"))).isEqualTo(basic(Post.MEMBER, 5) + 3 * 40);

        mvc.perform(post("/workforce/" + id + "/qualifications").with(as("street")).with(csrf()).param("degree", "BACHELOR")
                        .param("certificate", "SOCIAL_WORKER").param("certifiedOn", clock.today().toString()))
                .andExpect(redirectedUrl("/workforce/" + id));
        assertThat(fixtures.grade(id)).isEqualTo(7);
        String page = page("/workforce/" + id, "street");
        assertThat(total(page)).isEqualTo(basic(Post.MEMBER, 7) + 3 * 40 + 500);
        assertThat(page).contains("data-grade=\"7\" data-pay=\"" + (basic(Post.MEMBER, 7) + 120 + 500) + "\"");
        assertThat(fixtures.payReasons(id).getFirst()).contains("社会工作师").contains("由 5 级调至 7 级");

        // a master's degree adds 1 more grade than 本科 (2 against 1); the grade never passes 18
        long senior = fixtures.worker(COMMITTEE, "高级者", Post.PRINCIPAL, 17, Degree.BACHELOR, Certificate.NONE, started);
        mvc.perform(post("/workforce/" + senior + "/qualifications").with(as("street")).with(csrf()).param("degree", "MASTER")
                        .param("certificate", "SENIOR").param("certifiedOn", clock.today().toString()))
                .andExpect(redirectedUrl("/workforce/" + senior));
        assertThat(fixtures.grade(senior)).isEqualTo(18);

        // a certificate without its date is refused on the field, and nothing changes
        long third = fixtures.worker(COMMITTEE, "缺日期", Post.MEMBER, 2, Degree.BACHELOR, Certificate.NONE, started);
        mvc.perform(post("/workforce/" + third + "/qualifications").with(as("street")).with(csrf()).param("degree", "BACHELOR")
                        .param("certificate", "ASSISTANT").param("certifiedOn", ""))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("请填写取得证书的日期")));
        assertThat(fixtures.grade(third)).isEqualTo(2);
    }

    @Test
    void seniorityCountsTheNewYearOnTheAnniversaryDay() throws Exception {
        LocalDate started = clock.today().minusYears(2).plusDays(1);
        long id = fixtures.worker(COMMITTEE, "周年者", Post.MEMBER, 3, Degree.BACHELOR, Certificate.NONE, started);
        assertThat(total(page("/workforce/" + id, "street"))).isEqualTo(basic(Post.MEMBER, 3) + 40);
        review.run();
        assertThat(fixtures.payReasons(id)).hasSize(1);

        clock.advance(Duration.ofDays(1));
        assertThat(clock.today()).isEqualTo(started.plusYears(2));
        assertThat(total(page("/workforce/" + id, "street"))).isEqualTo(basic(Post.MEMBER, 3) + 2 * 40);
        review.run();
        assertThat(fixtures.payReasons(id).getFirst()).isEqualTo("工龄满 2 年");
        review.run();
        assertThat(fixtures.payReasons(id)).hasSize(2);
    }

    @Test
    void thePaySheetReadsBackFromExcelAndIsTheStreetsOnly() throws Exception {
        long id = fixtures.worker(COMMITTEE, "表中人", Post.DEPUTY, 4, Degree.BACHELOR, Certificate.ASSISTANT,
                clock.today().minusYears(5).minusDays(40));
        String month = YearMonth.from(clock.today()).toString();
        byte[] file = mvc.perform(get("/workforce/pay.xlsx").param("month", month).with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = WorkforceFixtures.rows(file);
        assertThat(rows.getFirst()).containsExactlyElementsOf(PaySheetFile.HEADER);
        List<String> line = rows.stream().filter(r -> r.size() > 2 && r.get(2).equals("表中人")).findFirst().orElseThrow();
        assertThat(line.subList(3, 10)).containsExactly("副职", "4", "5", String.valueOf(basic(Post.DEPUTY, 4)), "200", "300",
                String.valueOf(basic(Post.DEPUTY, 4) + 200 + 300));
        List<String> sum = rows.getLast();
        assertThat(sum.get(2)).isEqualTo("合计");
        long added = rows.subList(1, rows.size() - 1).stream().mapToLong(r -> Long.parseLong(r.get(9))).sum();
        assertThat(Long.parseLong(sum.get(9))).isEqualTo(added);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PAY_SHEET_EXPORT'").query(Long.class).single()).isPositive();

        mvc.perform(get("/workforce/pay.xlsx").with(as("worker"))).andExpect(status().isNotFound());
        assertThat(page("/workforce/pay", "street")).contains("data-worker=\"" + id + "\"");
        assertThat(page("/workforce/pay", "worker")).doesNotContain("data-worker=\"" + id + "\"").contains("data-testid=\"pay-line\"");
    }

    /** The pay table form as the district posts it, with the principal's and deputy's ladders given. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder table(LocalDate from, String principal,
                                                                                               String deputy, String member) {
        return post("/workforce/pay/table").with(csrf()).param("effectiveFrom", from.toString()).param("seniorityPerYear", "50")
                .param("basicPrincipal", principal).param("basicDeputy", deputy).param("basicMember", member)
                .param("allowanceAssistant", "300").param("allowanceSocialWorker", "500").param("allowanceSenior", "800")
                .param("gradesAssistant", "1").param("gradesSocialWorker", "2").param("gradesSenior", "3")
                .param("gradesCollege", "0").param("gradesBachelor", "1").param("gradesMaster", "2");
    }

    @Test
    void aNewPayTableIsCheckedAndAppliesFromItsDay() throws Exception {
        String ladder = String.join(" ", java.util.stream.IntStream.rangeClosed(1, 18).mapToObj(g -> String.valueOf(5000 + g * 100)).toList());
        // two months ahead, so the other tests' sheets of this month keep the demo table
        LocalDate from = YearMonth.from(clock.today()).plusMonths(2).atDay(1);
        mvc.perform(table(from, ladder, ladder, ladder).with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(table(from, "5000 5100", ladder, ladder).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请按 1—18 级依次填写 18 个整数金额")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"5000 5100\"")));
        mvc.perform(table(from, ladder, ladder.replace("5200", "4000"), ladder).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 2 级的金额低于上一级")));
        mvc.perform(table(clock.today().minusDays(1), ladder, ladder, ladder).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("起执行日期不能早于今天")));

        long id = fixtures.worker(COMMITTEE, "新表者", Post.MEMBER, 1, Degree.COLLEGE, Certificate.NONE, clock.today().minusDays(3));
        mvc.perform(table(from, ladder, ladder, ladder).with(as("admin"))).andExpect(redirectedUrl("/workforce/pay"));
        assertThat(total(page("/workforce/" + id, "street"))).isEqualTo(basic(Post.MEMBER, 1));
        clock.setTo(from.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(total(page("/workforce/" + id, "street"))).isEqualTo(5100);
        review.run();
        assertThat(fixtures.payReasons(id).getFirst()).startsWith("执行 " + from);
        // a table in force is never changed
        mvc.perform(table(from, ladder, ladder, ladder).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已在执行")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PAY_TABLE_SET'").query(Long.class).single()).isEqualTo(1);
    }
}
