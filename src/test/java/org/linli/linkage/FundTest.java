package org.linli.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.audit.AuditLog;
import org.linli.division.Divisions;
import org.linli.shared.DataScope;
import org.linli.testing.LinkageFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The community fund's ledger: donations raise the balance, spending more than it is refused,
 * entries are never changed and a mistake is reversed with its reason, once; every entry is audited.
 */
@LinliTest
class FundTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Divisions divisions;
    @Autowired
    TestClock clock;
    @Autowired
    AuditLog audit;

    LinkageFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new LinkageFixtures(mvc, jdbc, divisions);
    }

    private BigDecimal balance(String committeeCode) {
        long id = fixtures.division(committeeCode).id();
        return jdbc.sql("SELECT coalesce(sum(CASE WHEN direction = 'IN' THEN amount ELSE -amount END), 0) FROM linkage_fund_entry "
                + "WHERE committee_id = :c").param("c", id).query(BigDecimal.class).single();
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString();
    }

    @Test
    void spendingMoreThanTheBalanceIsRefusedAndAMistakeIsReversedOnceWithItsReason() throws Exception {
        LocalDate today = clock.today();
        long project = fixtures.project("worker4", "楼道照明改造", null, null, today.minusDays(5));
        BigDecimal start = balance(LinkageFixtures.NEIGHBOUR);

        MvcResult in = fixtures.entry("worker4", "IN", "1000.50", today, "某爱心企业", "ORGANISATION", project);
        assertThat(in.getResponse().getRedirectedUrl()).isEqualTo("/linkage/funds");
        assertThat(balance(LinkageFixtures.NEIGHBOUR)).isEqualByComparingTo(start.add(new BigDecimal("1000.50")));

        BigDecimal over = start.add(new BigDecimal("1000.51"));
        MvcResult refused = fixtures.entry("worker4", "OUT", over.toPlainString(), today, "某灯具店", "ORGANISATION", project);
        assertThat(body(refused)).contains("支出不能超过基金余额 " + start.add(new BigDecimal("1000.50")).toPlainString() + " 元")
                .contains(over.toPlainString());
        MvcResult noProject = fixtures.entry("worker4", "OUT", "10", today, "某灯具店", "ORGANISATION", null);
        assertThat(body(noProject)).contains("支出须关联项目");

        assertThat(fixtures.entry("worker4", "OUT", "400", today, "某灯具店", "ORGANISATION", project).getResponse().getRedirectedUrl())
                .isEqualTo("/linkage/funds");
        assertThat(balance(LinkageFixtures.NEIGHBOUR)).isEqualByComparingTo(start.add(new BigDecimal("600.50")));
        long spending = jdbc.sql("SELECT max(id) FROM linkage_fund_entry WHERE party = '某灯具店'").query(Long.class).single();

        String noReason = body(mvc.perform(post("/linkage/funds/entries/" + spending + "/reverse").with(as("worker4")).with(csrf())
                .param("reason", " ")).andExpect(status().isOk()).andReturn());
        assertThat(noReason).contains("冲正须说明理由");
        mvc.perform(post("/linkage/funds/entries/" + spending + "/reverse").with(as("worker4")).with(csrf())
                .param("reason", "金额记错，实付 350 元")).andExpect(status().is3xxRedirection());
        assertThat(balance(LinkageFixtures.NEIGHBOUR)).isEqualByComparingTo(start.add(new BigDecimal("1000.50")));
        long reversal = jdbc.sql("SELECT id FROM linkage_fund_entry WHERE reverses_id = :s").param("s", spending).query(Long.class).single();
        assertThat(jdbc.sql("SELECT amount FROM linkage_fund_entry WHERE id = :id").param("id", reversal).query(BigDecimal.class).single())
                .isEqualByComparingTo("-400");
        String twice = body(mvc.perform(post("/linkage/funds/entries/" + spending + "/reverse").with(as("worker4")).with(csrf())
                .param("reason", "再冲一次")).andExpect(status().isOk()).andReturn());
        assertThat(twice).contains("该笔已冲正");
        String ofReversal = body(mvc.perform(post("/linkage/funds/entries/" + reversal + "/reverse").with(as("worker4")).with(csrf())
                .param("reason", "冲正的冲正")).andExpect(status().isOk()).andReturn());
        assertThat(ofReversal).contains("该笔已冲正");

        assertThatThrownBy(() -> jdbc.sql("UPDATE linkage_fund_entry SET amount = 1 WHERE id = :id").param("id", spending).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM linkage_fund_entry WHERE id = :id").param("id", spending).update())
                .hasMessageContaining("append-only");
        assertThat(audit.recent(new DataScope(fixtures.division(LinkageFixtures.NEIGHBOUR).path()), "LINKAGE_FUND", 0, 100))
                .extracting(AuditLog.Entry::target).contains("linkage-fund-" + spending, "linkage-fund-" + reversal);

        String ledger = fixtures.page("/linkage/funds", "worker4");
        assertThat(ledger).containsPattern("data-testid=\"fund-entry\"\\s+data-id=\"" + reversal + "\"").contains("金额记错，实付 350 元");
    }

    @Test
    void reversingADonationThatWasSpentIsRefused() throws Exception {
        LocalDate today = clock.today();
        long project = fixtures.project("worker4", "助老理发", null, null, today.minusDays(3));
        BigDecimal start = balance(LinkageFixtures.NEIGHBOUR);
        fixtures.entry("worker4", "IN", "300", today, "王大爷", "PERSON", project);
        long donation = jdbc.sql("SELECT max(id) FROM linkage_fund_entry WHERE party = '王大爷'").query(Long.class).single();
        fixtures.entry("worker4", "OUT", start.add(new BigDecimal("300")).toPlainString(), today, "理发店", "ORGANISATION", project);
        String refused = body(mvc.perform(post("/linkage/funds/entries/" + donation + "/reverse").with(as("worker4")).with(csrf())
                .param("reason", "捐款退回")).andExpect(status().isOk()).andReturn());
        assertThat(refused).contains("冲正这笔捐赠将使基金余额为负");
        assertThat(balance(LinkageFixtures.NEIGHBOUR)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void amountsArePositiveWithTwoDecimalsAndDatesNotInTheFuture() throws Exception {
        LocalDate today = clock.today();
        assertThat(body(fixtures.entry("worker", "IN", "-5", today, "某人", "PERSON", null))).contains("金额须大于零");
        assertThat(body(fixtures.entry("worker", "IN", "1.234", today, "某人", "PERSON", null))).contains("金额最多两位小数");
        assertThat(body(fixtures.entry("worker", "IN", "十元", today, "某人", "PERSON", null))).contains("请输入数字");
        assertThat(body(fixtures.entry("worker", "IN", "10", today.plusDays(1), "未来捐赠人", "PERSON", null)))
                .contains("日期不能晚于今天").contains("未来捐赠人");
        assertThat(body(mvc.perform(post("/linkage/projects").with(as("worker")).with(csrf()).param("title", "预算有误")
                .param("kind", "OTHER").param("budget", "0").param("startsOn", today.toString())
                .param("endsOn", today.minusDays(1).toString())).andReturn())).contains("金额须大于零");
        assertThat(body(mvc.perform(post("/linkage/projects").with(as("worker")).with(csrf()).param("title", "日期有误")
                .param("kind", "OTHER").param("budget", "10").param("startsOn", today.toString())
                .param("endsOn", today.minusDays(1).toString())).andReturn())).contains("结束日期不能早于开始日期");
        mvc.perform(get("/linkage/funds").with(as("street"))).andExpect(status().isOk());
    }
}
