package org.linli.casework.stats;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.linli.LinliTest;
import org.linli.casework.internal.Deadlines;
import org.linli.casework.internal.Ratings;
import org.linli.shared.CurrentUser;
import org.linli.shared.Times;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Cases with known outcomes, all moved into March 2001 (a period no other test uses), so every
 * figure can be asserted exactly although the tests share one database.
 */
@LinliTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStatsTest {

    private static final String FROM = "2001-03-01";
    private static final String TO = "2001-03-31";
    private static final String COMMITTEE = "150104001002";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Ratings ratings;

    @Autowired
    Deadlines deadlines;

    @Autowired
    CaseStats stats;

    @Autowired
    CaseTally tally;

    @Autowired
    TestClock clock;

    CaseworkFixtures cases;

    /** The fixture's "now": just past F's finishing limit. Every test runs at it. */
    Instant present;

    /**
     * In 五塔北街社区 (category 邻里纠纷, which does not escalate by itself):
     * A closed on time after 10 h, rated 5; B closed late after 30 h; C reworked once then closed on time
     * after 20 h; D closed then rated 1, which reopens it; E escalated, summoned to 城管, checked in
     * late; F accepted and past its limit, still open (one overdue, charged to the committee);
     * G rejected. And H in another committee of the street, only reported. Two are extended with
     * the street's approval: A's finishing limit, asked for by the committee, and E's report limit,
     * asked for by 城管. F comes first, and the clock moves past its limit before the others begin,
     * so that its miss is the only one.
     */
    @BeforeAll
    void casesWithKnownOutcomes() throws Exception {
        cases = new CaseworkFixtures(mvc, jdbc);
        long f = open("worker", COMMITTEE, "己");
        accept(f);
        clock.setTo(cases.finishDue(f).plusHours(1).toInstant());
        present = clock.instant();
        deadlines.scan(clock.now());

        long a = open("worker", COMMITTEE, "甲");
        accept(a);
        extend("worker", a, cases.finishDue(a));
        cases.move("worker", a, "VERIFYING", "已调解");
        cases.move("worker", a, "CLOSED", "双方满意");
        ratings.rate(a, 5, "", "resident");

        long b = open("worker", COMMITTEE, "乙");
        accept(b);
        cases.move("worker", b, "VERIFYING", "已调解");
        // Verified and closed an hour after its limit.
        clock.setTo(cases.finishDue(b).plusHours(1).toInstant());
        cases.move("worker", b, "CLOSED", "调解完毕");
        clock.setTo(present);

        long c = open("worker", COMMITTEE, "丙");
        accept(c);
        cases.move("worker", c, "VERIFYING", "已调解");
        cases.move("worker", c, "REWORK", "仍有争执");
        cases.move("worker", c, "VERIFYING", "再次调解");
        cases.move("worker", c, "CLOSED", "双方签字");

        long d = open("worker", COMMITTEE, "丁");
        accept(d);
        cases.move("worker", d, "VERIFYING", "已调解");
        cases.move("worker", d, "CLOSED", "已结案");
        ratings.rate(d, 1, "根本没解决", "resident");

        long e = open("worker", COMMITTEE, "戊");
        accept(e);
        cases.move("worker", e, "ESCALATED", "需城管处理");
        cases.summon(e, "YQ-CGJ");
        mvc.perform(post("/cases/{id}/check-in", e).with(as("dept")).with(csrf())).andExpect(status().is3xxRedirection());
        extend("dept", e, cases.reportDue(e, cases.department("YQ-CGJ")));
        // Checked in an hour after its limit. The record says so afterwards rather than the clock
        // passing the limit first: in between, the minute scan would count the check-in as missed.
        jdbc.sql("UPDATE case_summons SET checked_in_at = checkin_due + interval '1 hour' WHERE case_id = :id").param("id", e).update();

        long g = open("worker", COMMITTEE, "庚");
        cases.move("worker", g, "REJECTED", "不属于受理范围");

        long h = open("street", "150104001004", "辛");

        // March 2001, a period no other test uses, so every figure can be asserted exactly.
        for (long id : new long[] {a, b, c, d, e, f, g, h}) {
            jdbc.sql("UPDATE case_record SET created_at = TIMESTAMPTZ '2001-03-10 08:00+08' WHERE id = :id").param("id", id).update();
        }
        for (long[] closed : new long[][] {{a, 10}, {b, 30}, {c, 20}}) {
            jdbc.sql("UPDATE case_record SET closed_at = created_at + make_interval(hours => :h) WHERE id = :id")
                    .param("h", (int) closed[1]).param("id", closed[0]).update();
        }
    }

    @BeforeEach
    void atThePresentOfTheFixture() {
        clock.setTo(present);
    }

    @Test
    void everyIndicatorOfTheCommitteeCategory() {
        GroupFigures f = row(report("worker", Grouping.CATEGORY), "NEIGHBOURS");
        assertThat(f.name()).isEqualTo("邻里纠纷");
        assertThat(f.received()).isEqualTo(7);
        assertThat(f.accepted()).isEqualTo(6);
        assertThat(f.closed()).isEqualTo(3);
        assertThat(f.closedOnTime()).isEqualTo(2);
        assertThat(f.dueToClose()).isEqualTo(4);
        assertThat(f.reworked()).isEqualTo(1);
        assertThat(f.summonses()).isEqualTo(1);
        assertThat(f.checkedInOnTime()).isZero();
        assertThat(f.rated()).isEqualTo(2);
        assertThat(f.satisfied()).isEqualTo(1);
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(f.extended()).isEqualTo(2);
        assertThat(Indicator.EXTENSION_RATE.of(f).doubleValue()).isCloseTo(2 / 7.0, within(1e-9));
        assertThat(Indicator.EXTENSION_RATE.format(f)).isEqualTo("28.6%");
        assertThat(Indicator.CLOSE_RATE.of(f).doubleValue()).isEqualTo(0.75);
        assertThat(Indicator.ON_TIME_RATE.of(f).doubleValue()).isEqualTo(0.5);
        assertThat(Indicator.REWORK_RATE.of(f).doubleValue()).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(Indicator.CHECK_IN_RATE.of(f).doubleValue()).isZero();
        assertThat(Indicator.SATISFACTION.of(f).doubleValue()).isEqualTo(0.5);
        assertThat(Indicator.AVERAGE_HOURS.of(f).doubleValue()).isCloseTo(20.0, within(1e-6));
        assertThat(Indicator.ON_TIME_RATE.format(f)).isEqualTo("50.0%");
        // A category without cases shows "—", not 0 %.
        assertThat(Indicator.ON_TIME_RATE.format(row(report("worker", Grouping.CATEGORY), "SAFETY"))).isEqualTo("—");
    }

    @Test
    void regionsAreTheChildrenOfTheUsersNode() {
        GroupFigures street = row(report("admin", Grouping.REGION), "150104001");
        assertThat(street.name()).isEqualTo("小召前街街道");
        assertThat(street.received()).isEqualTo(8);
        assertThat(street.closedOnTime()).isEqualTo(2);
        assertThat(street.overdue()).isEqualTo(1);
        assertThat(street.extended()).isEqualTo(2);
        CaseStats.Report byCommittee = report("street", Grouping.REGION);
        assertThat(row(byCommittee, COMMITTEE).received()).isEqualTo(7);
        assertThat(row(byCommittee, COMMITTEE).overdue()).isEqualTo(1);
        assertThat(row(byCommittee, "150104001004").received()).isEqualTo(1);
        assertThat(byCommittee.total().received()).isEqualTo(8);
        // The worker's committee has grids as children; the cases placed at the committee itself are its own row.
        assertThat(row(report("worker", Grouping.REGION), "").received()).isEqualTo(7);
    }

    @Test
    void aDepartmentSeesOnlyTheCasesItWasSummonedTo() {
        CaseStats.Report dept = report("dept", Grouping.CATEGORY);
        GroupFigures neighbours = row(dept, "NEIGHBOURS");
        assertThat(neighbours.received()).isEqualTo(1);
        assertThat(neighbours.accepted()).isEqualTo(1);
        assertThat(neighbours.summonses()).isEqualTo(1);
        assertThat(neighbours.checkedInOnTime()).isZero();
        assertThat(neighbours.overdue()).isZero();  // the committee's overdue is not the department's
        assertThat(neighbours.extended()).isEqualTo(1);
        assertThat(Indicator.EXTENSION_RATE.of(neighbours).doubleValue()).isEqualTo(1.0);
        assertThat(dept.groupings()).doesNotContain(Grouping.REGION);
        assertThat(report("dept2", Grouping.CATEGORY).hasCases()).isFalse();

        CaseStats.Report byDepartment = report("admin", Grouping.DEPARTMENT);
        GroupFigures cgj = byDepartment.rows().stream().filter(r -> r.name().equals("玉泉区城市管理综合行政执法局")).findFirst().orElseThrow();
        assertThat(cgj.received()).isEqualTo(1);
        assertThat(cgj.summonses()).isEqualTo(1);
        assertThat(byDepartment.total()).isNull();
    }

    @Test
    void aCommunitySeesOnlyItsOwnFigures() throws Exception {
        assertThat(row(report("worker", Grouping.CATEGORY), "NEIGHBOURS").received()).isEqualTo(7);
        assertThat(row(report("street", Grouping.CATEGORY), "NEIGHBOURS").received()).isEqualTo(8);
        String page = cases.page("worker", "/case-stats?group=REGION&preset=custom&from=" + FROM + "&to=" + TO);
        assertThat(page).doesNotContain("小召前街街道</td>").contains("五塔北街社区居委会");
    }

    @Test
    void thePageShowsTheFiguresAndRefusesABadPeriod() throws Exception {
        String page = cases.page("worker", "/case-stats?group=CATEGORY&preset=custom&from=" + FROM + "&to=" + TO);
        assertThat(page).contains("邻里纠纷").contains("按期结案率").contains("50.0%").contains("75.0%").contains("—")
                .contains("延期率").contains("28.6%")
                .contains("2001-03-01 至 2001-03-31").contains("chart-rates");
        String reversed = cases.page("worker", "/case-stats?preset=custom&from=2001-04-01&to=2001-03-01");
        assertThat(reversed).contains("开始日期不能晚于结束日期").contains("value=\"2001-04-01\"").contains("value=\"2001-03-01\"");
        assertThat(cases.page("worker", "/case-stats?preset=custom&from=2001-01-01&to=2004-03-01")).contains("统计区间不能超过 3 年");
        assertThat(cases.page("worker", "/case-stats?preset=custom&from=1999-01-01&to=1999-02-01")).contains("所选期间内没有诉求案件");
        mvc.perform(get("/case-stats").with(as("resident"))).andExpect(status().isForbidden());
    }

    @Test
    void theExportHoldsTheSameNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get("/case-stats.xlsx").param("group", "CATEGORY").param("preset", "custom")
                        .param("from", FROM).param("to", TO).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("五塔北街社区居委会").contains("2001-03-01 至 2001-03-31");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(1 + Indicator.ON_TIME_RATE.ordinal()).getStringCellValue()).isEqualTo("按期结案率");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row neighbours = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 1 && "邻里纠纷".equals(r.getCell(0).getStringCellValue())) {
                    neighbours = r;
                }
            }
            assertThat(neighbours).isNotNull();
            assertThat(neighbours.getCell(1 + Indicator.RECEIVED.ordinal()).getNumericCellValue()).isEqualTo(7);
            assertThat(neighbours.getCell(1 + Indicator.ON_TIME_RATE.ordinal()).getNumericCellValue()).isEqualTo(0.5);
            assertThat(neighbours.getCell(1 + Indicator.ON_TIME_RATE.ordinal()).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(neighbours.getCell(1 + Indicator.AVERAGE_HOURS.ordinal()).getNumericCellValue()).isCloseTo(20.0, within(1e-6));
            assertThat(neighbours.getCell(1 + Indicator.OVERDUE.ordinal()).getNumericCellValue()).isEqualTo(1);
            assertThat(header.getCell(1 + Indicator.EXTENSION_RATE.ordinal()).getStringCellValue()).isEqualTo("延期率");
            assertThat(neighbours.getCell(1 + Indicator.EXTENSION_RATE.ordinal()).getNumericCellValue()).isCloseTo(2 / 7.0, within(1e-9));
        }
    }

    @Test
    void theRollupGivesTheSameFiguresAsTheCasesThemselves() {
        // Whole months, days at either end, days only, and days without cases; before and after folding.
        List<Period> periods = List.of(Period.parse(FROM, TO), Period.parse("2001-02-15", "2001-04-05"),
                Period.parse("2001-03-05", "2001-03-20"), Period.parse("2001-03-11", "2001-03-31"), Period.parse("2000-12-01", "2001-05-31"));
        for (int pass = 0; pass < 2; pass++) {
            for (String who : List.of("admin", "street", "dept", "dept2")) {
                CurrentUser user = (CurrentUser) users.loadUserByUsername(who);
                for (Grouping grouping : stats.groupings(user)) {
                    for (Period period : periods) {
                        assertThat(stats.report(user, grouping, period, CaseStats.Source.TALLY).rows())
                                .as("%s %s %s", who, grouping, period.label())
                                .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                                        .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b), Double.class)
                                        .build())
                                .isEqualTo(stats.report(user, grouping, period, CaseStats.Source.CASES).rows());
                    }
                }
            }
            tally.fold();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM case_tally WHERE starts = DATE '2001-03-01' AND grain = 'm'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aCaseWhoseLimitPassesWithoutAWriteBecomesDueToClose() throws Exception {
        // June 2001: no other test's period. The limit passes later, with nothing written to the case.
        clock.setTo(OffsetDateTime.parse("2001-06-10T08:00:00+08:00").toInstant());
        long id = open("worker", COMMITTEE, "壬");
        accept(id);
        clock.setTo(cases.finishDue(id).plusSeconds(1).toInstant());
        tally.fold();
        CurrentUser admin = (CurrentUser) users.loadUserByUsername("admin");
        Period june = Period.parse("2001-06-01", "2001-06-30");
        assertThat(jdbc.sql("SELECT past_due FROM case_record WHERE id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        assertThat(row(stats.report(admin, Grouping.CATEGORY, june, CaseStats.Source.TALLY), "NEIGHBOURS").dueToClose()).isEqualTo(1);
        assertThat(row(stats.report(admin, Grouping.CATEGORY, june, CaseStats.Source.CASES), "NEIGHBOURS").dueToClose()).isEqualTo(1);
    }

    private CaseStats.Report report(String who, Grouping grouping) {
        return stats.report((CurrentUser) users.loadUserByUsername(who), grouping, Period.parse(FROM, TO));
    }

    private static GroupFigures row(CaseStats.Report report, String key) {
        return report.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no row " + key));
    }

    private void accept(long id) throws Exception {
        cases.move("worker", id, "ACCEPTED", "");
    }

    private long open(String who, String place, String title) throws Exception {
        return cases.open(who, "NEIGHBOURS", place, "统计用例" + title, "来电反映：邻里纠纷" + title, "13812345678");
    }

    /** The holder asks for one more day and the street approves. */
    private void extend(String who, long id, OffsetDateTime due) throws Exception {
        String later = Times.local(due.plusDays(1)).truncatedTo(ChronoUnit.MINUTES).toString();
        mvc.perform(post("/cases/{id}/extensions", id).param("newDue", later).param("reason", "需协调相关单位")
                .with(as(who)).with(csrf())).andExpect(status().is3xxRedirection());
        long request = jdbc.sql("SELECT id FROM case_extension WHERE case_id = :id AND status = 'PENDING'").param("id", id)
                .query(Long.class).single();
        mvc.perform(post("/cases/{id}/extensions/{r}/approve", id, request).with(as("street")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

}
