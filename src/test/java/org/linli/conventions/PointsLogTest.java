package org.linli.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.conventions.points.PointsLog;
import org.linli.testing.ConventionFixtures;
import org.linli.testing.TestClock;
import org.linli.volunteers.VolunteerHoursCertified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Points rules and their log: awards and deductions under the committee's rules, totals per
 * household and per person, a withdrawal as a new reversing entry (the log itself never changes),
 * points for certified volunteer hours once per attendance, and nothing read or written across a
 * committee's boundary.
 */
@LinliTest
class PointsLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PointsLog log;

    @Autowired
    TestClock clock;

    ConventionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ConventionFixtures(context);
    }

    @Test
    void awardsDeductionsAndWithdrawalsAddUpPerHouseholdAndPerson() throws Exception {
        LocalDate today = clock.today();
        long person = fixtures.rule("worker", "测试·参加议事会", 4, "OCCURRENCE", "PERSON", today.minusDays(30));
        long household = fixtures.rule("worker", "测试·门前三包", 6, "OCCURRENCE", "HOUSEHOLD", today.minusDays(30));
        long deduction = fixtures.rule("worker", "测试·乱堆杂物", -5, "OCCURRENCE", "HOUSEHOLD", today.minusDays(30));
        long resident = fixtures.otherResident(ConventionFixtures.COMMITTEE, 3);
        long hh = fixtures.householdOf(resident);
        long before = log.household(hh, worker()).total();

        long twice = fixtures.award("worker", resident, person, "2", today.minusDays(2), "两次参加议事会");
        fixtures.award("worker", resident, household, "1", today.minusDays(1), "门前整洁");
        long minus = fixtures.award("worker", resident, deduction, "1", today, "楼道堆放杂物");

        PointsLog.HouseholdPoints points = log.household(hh, worker());
        assertThat(points.total()).isEqualTo(before + 8 + 6 - 5);
        assertThat(points.personTotals().get(resident)).isEqualTo(log.personTotal(resident)).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("SELECT resident_id FROM points_entry WHERE id = :id").param("id", twice).query(Long.class).single())
                .isEqualTo(resident);
        assertThat(jdbc.sql("SELECT resident_id FROM points_entry WHERE id = :id").param("id", minus).query(Long.class).optional())
                .isEmpty();

        fixtures.deliberation().ok(post("/points/households/{h}/entries/{id}/withdraw", hh, minus).param("reason", "已清理，登记有误"), "worker");
        PointsLog.HouseholdPoints after = log.household(hh, worker());
        assertThat(after.total()).isEqualTo(points.total() + 5);
        var reversal = after.entries().getFirst();
        assertThat(reversal.reverses()).isEqualTo(minus);
        assertThat(reversal.points()).isEqualTo(5);
        assertThat(reversal.reason()).contains("已清理，登记有误");
        assertThat(reversal.recordedBy()).isEqualTo("worker");
        assertThat(fixtures.deliberation().refused(post("/points/households/{h}/entries/{id}/withdraw", hh, minus)
                .param("reason", "再撤一次"), "worker")).isEqualTo("该记录已撤销或本身是撤销记录");
        assertThat(fixtures.deliberation().refused(post("/points/households/{h}/entries/{id}/withdraw", hh, minus)
                .param("reason", ""), "worker")).isEqualTo("请填写理由");

        assertThatThrownBy(() -> jdbc.sql("UPDATE points_entry SET points = 100 WHERE id = :id").param("id", twice).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM points_entry WHERE id = :id").param("id", twice).update())
                .hasMessageContaining("append-only");

        String page = fixtures.deliberation().page("worker", "/points?household=" + hh);
        assertThat(page).contains("data-id=\"" + minus + "\"", "测试·乱堆杂物", "已撤销");
    }

    @Test
    void anAwardIsRefusedOnItsFieldKeepingWhatWasTyped() throws Exception {
        LocalDate today = clock.today();
        long rule = fixtures.rule("worker", "测试·按次", 3, "OCCURRENCE", "HOUSEHOLD", today);
        long resident = fixtures.otherResident(ConventionFixtures.COMMITTEE, 4);
        assertThat(fixtures.send(fixtures.award(resident, rule, "1", today.plusDays(1), "明天的事"), "worker"))
                .isEqualTo("error:发生日期不能晚于今天");
        assertThat(fixtures.send(fixtures.award(resident, rule, "1", today.minusDays(1), "生效前"), "worker"))
                .isEqualTo("error:细则“测试·按次”在该日期未生效");
        assertThat(fixtures.send(fixtures.award(resident, rule, "1.5", today, "半次"), "worker"))
                .isEqualTo("error:按次计分的细则，次数应为整数");
        String page = mvc.perform(fixtures.award(resident, rule, "1", today, "").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写理由", "data-testid=\"award-form\"");
        assertThat(fixtures.send(post("/points/rules").param("name", "零分").param("points", "0").param("per", "OCCURRENCE")
                .param("appliesTo", "PERSON").param("activeFrom", today.toString()), "worker"))
                .isEqualTo("error:分值应为 -1000 至 1000 之间且不为 0 的整数");
        assertThat(fixtures.send(fixtures.award(resident, rule, "1", today, "不是本社区的工作人员"), "street"))
                .isEqualTo("error:只有社区（村）工作人员可以办理本社区的公约和积分事项");
    }

    @Test
    void certifiedVolunteerHoursGivePointsOncePerAttendance() throws Exception {
        LocalDate today = clock.today();
        String path = fixtures.committeePath(ConventionFixtures.OTHER_COMMITTEE);
        String other = fixtures.otherWorker();
        long rule = fixtures.rule(other, "测试·志愿服务时长", 2, "VOLUNTEER_HOUR", "PERSON", today.minusDays(10));
        long resident = fixtures.otherResident(ConventionFixtures.OTHER_COMMITTEE, 0);
        long hh = fixtures.householdOf(resident);
        long before = log.household(hh, worker(other)).total();

        fixtures.publish(new VolunteerHoursCertified(990_001L, 7L, resident, 55L, path, 150, today.minusDays(1)));
        fixtures.publish(new VolunteerHoursCertified(990_001L, 7L, resident, 55L, path, 150, today.minusDays(1)));
        fixtures.publish(new VolunteerHoursCertified(990_002L, 8L, null, 55L, path, 600, today.minusDays(1)));

        assertThat(jdbc.sql("SELECT count(*) FROM points_entry WHERE rule_id = :r").param("r", rule).query(Long.class).single()).isOne();
        assertThat(log.household(hh, worker(other)).total()).isEqualTo(before + 5);
        assertThat(log.personTotal(resident)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("SELECT reason FROM points_entry WHERE rule_id = :r").param("r", rule).query(String.class).single())
                .contains("2.5 小时");
    }

    @Test
    void noOneReadsOrWritesAnotherCommitteesPoints() throws Exception {
        LocalDate today = clock.today();
        long rule = fixtures.rule("worker", "测试·范围", 1, "OCCURRENCE", "HOUSEHOLD", today);
        long resident = fixtures.otherResident(ConventionFixtures.COMMITTEE, 5);
        long hh = fixtures.householdOf(resident);
        long entry = fixtures.award("worker", resident, rule, "1", today, "范围测试");
        String other = fixtures.otherWorker();

        mvc.perform(get("/points/households/{h}", hh).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/points/households/{h}/entries/{id}/withdraw", hh, entry).param("reason", "越界").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.send(fixtures.award(resident, rule, "1", today, "越界加分"), other)).isEqualTo("error:请选择本社区现行的积分细则");
        assertThat(fixtures.deliberation().page(other, "/points")).doesNotContain("data-id=\"" + entry + "\"");
        mvc.perform(get("/points/households/{h}", hh).with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/points/households/{h}", hh).with(as("grid"))).andExpect(status().isOk());
        assertThat(fixtures.deliberation().page("street", "/points/households/" + hh)).contains("范围测试");
    }

    @Test
    void theLogAndRankingExportToExcel() throws Exception {
        byte[] file = mvc.perform(get("/points.xlsx").with(as("worker"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            assertThat(book.getSheet("户积分排名").getLastRowNum()).isPositive();
            assertThat(book.getSheet("积分明细").getRow(0).getCell(2).getStringCellValue()).isEqualTo("细则");
        }
        String page = fixtures.deliberation().page("worker", "/points");
        assertThat(page).contains("data-testid=\"points-ranking\"", "data-testid=\"points-rank\"");
    }

    private org.linli.shared.CurrentUser worker() {
        return worker("worker");
    }

    private org.linli.shared.CurrentUser worker(String username) {
        return (org.linli.shared.CurrentUser) context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(username);
    }
}
