package org.linli.disclosure;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.division.Divisions;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.linli.testing.DisclosureFixtures;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The board through its pages: posting, the public board and its display period, the street's view, scope. */
@LinliTest
class DisclosureTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Disclosures disclosures;

    @Autowired
    TestClock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aCommitteePostsAndAnyoneReadsItsBoardWithoutSigningIn() throws Exception {
        String board = page("worker", "/disclosure/150104001002");
        assertThat(board).contains("财务收支情况").contains("每月").contains("小微权力清单");
        long finance = jdbc.sql("""
                        SELECT i.id FROM disclosure_item i JOIN division d ON d.id = i.committee_id
                        WHERE d.code = '150104001002' AND i.kind = 'FINANCE'""").query(Long.class).single();

        String errors = mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(finance)).param("period", "")
                        .param("title", "十月财务收支").param("body", "短").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请填写公开内容").contains("请填写所属期间").contains("十月财务收支");

        mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(finance)).param("period", "2026年10月")
                        .param("title", "2026年10月财务收支公开").param("body", "收入：党群服务经费 12,000 元；支出：环境整治 8,500 元。")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String publicBoard = mvc.perform(get("/public/disclosure/150104001002")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(publicBoard).contains("2026年10月财务收支公开").contains("环境整治 8,500 元").contains("打印张贴");

        // Past its display period (30 days for finances) a posting leaves the public board but stays in the committee's history.
        clock.advance(Duration.ofDays(30));
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .contains("2026年10月财务收支公开");
        clock.advance(Duration.ofDays(1));
        assertThat(mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString())
                .doesNotContain("2026年10月财务收支公开");
        assertThat(page("worker", "/disclosure/150104001002")).contains("2026年10月财务收支公开");
        mvc.perform(get("/public/disclosure/150104001")).andExpect(status().isNotFound());
    }

    @Test
    void missingAndOverduePostingsAreListedForTheStreet() throws Exception {
        // The catalogue starts with this year; a year on, its months and quarters are overdue.
        disclosures.catalogue(disclosures.committee("150104001004", DataScope.COUNTRY));
        clock.advance(Duration.ofDays(400));
        String compliance = page("street", "/disclosure");
        assertThat(compliance).contains("五塔寺前街社区居委会").contains("逾期未公开");
        // A community worker is sent to the own board, and another committee's board is out of scope.
        mvc.perform(get("/disclosure").with(as("worker"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/disclosure/150104001004").with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(post("/disclosure/150104001004").param("item", "1").with(as("worker")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aResolutionNotPostedWithinTheGraceDaysIsLateUntilTheBoardPostsIt() throws Exception {
        var committee = disclosures.committee("150104001002", DataScope.COUNTRY);
        transaction.executeWithoutResult(tx -> events.publishEvent(
                DisclosureFixtures.resolution(990_001, committee, "小区加装电梯方案", clock.today())));
        Events.settle(registry);
        // Major matters have five grace days: on the fifth day after it passed it is still only due, on the sixth it is late.
        String owed = "data-topic=\"990001\"";
        clock.advance(Duration.ofDays(5));
        assertThat(page("street", "/disclosure")).contains("data-overdue=\"false\" " + owed);
        clock.advance(Duration.ofDays(1));
        assertThat(page("street", "/disclosure")).contains("data-overdue=\"true\" " + owed);
        assertThat(page("worker", "/disclosure/150104001002")).contains("小区加装电梯方案");

        long major = jdbc.sql("""
                        SELECT i.id FROM disclosure_item i JOIN division d ON d.id = i.committee_id
                        WHERE d.code = '150104001002' AND i.kind = 'MAJOR'""").query(Long.class).single();
        mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(major)).param("period", clock.today().toString())
                        .param("title", "小区加装电梯方案决议公告").param("body", "经居民会议表决通过，现予公布。").param("resolution", "990001")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("street", "/disclosure")).doesNotContain(owed);
    }

    @Test
    void aPeriodMustExistAndFitTheItemsFrequencyKeepingWhatWasTyped() throws Exception {
        long finance = item("150104001002", "FINANCE");
        long general = item("150104001002", "GENERAL");
        assertThat(periodError(finance, "2026年13月")).isEqualTo("没有“2026年13月”这个期间，请检查年份、月份、季度或日期");
        assertThat(periodError(general, "2026年第5季度")).isEqualTo("没有“2026年第5季度”这个期间，请检查年份、月份、季度或日期");
        LocalDate today = clock.today();
        String thisMonth = today.getYear() + "年" + today.getMonthValue() + "月";
        assertThat(periodError(finance, "2026年第3季度")).isEqualTo("该事项每月公开，请按月填写所属期间，如“" + thisMonth + "”");
        assertThat(periodError(general, "2026年5月")).startsWith("该事项每季度公开，请按季度填写所属期间");
        assertThat(periodError(finance, "上个月")).startsWith("该事项每月公开");
        LocalDate later = today.plusMonths(2);
        String future = later.getYear() + "年" + later.getMonthValue() + "月";
        assertThat(periodError(finance, future)).isEqualTo("“" + future + "”尚未开始，不能提前公开");
        // What was typed stays in the field, with the error under it.
        String page = mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(finance)).param("period", "2026年13月")
                        .param("title", "财务收支").param("body", "收入与支出明细如下。").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"2026年13月\"").contains("data-testid=\"period-error\"");

        // A period typed loosely is kept as the board labels it, so it fills its gap.
        mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(general)).param("period", "2026年 第一季度")
                        .param("title", "第一季度居务公开").param("body", "一季度居务事项公开如下。").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT period_label FROM disclosure_posting WHERE title = '第一季度居务公开'").query(String.class).single())
                .isEqualTo("2026年第1季度");
    }

    @Test
    void aPostingCarriesFilesAndIsCorrectedOrWithdrawnWithTheChangeOnRecord() throws Exception {
        long general = item("150104001002", "GENERAL");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] csv = "项目,金额\n环境整治,8500\n".getBytes(StandardCharsets.UTF_8);
        byte[] fake = "MZ this is a program".getBytes(StandardCharsets.US_ASCII);
        // A file that is not what it claims is refused on the field, the text kept.
        String refused = mvc.perform(multipart("/disclosure/150104001002").file(new MockMultipartFile("files", "账目.pdf", "application/pdf", fake))
                        .param("item", String.valueOf(general)).param("period", "2026年第2季度").param("title", "二季度公开")
                        .param("body", "二季度居务事项公开如下。").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("附件“账目.pdf”不是 PDF、图片（JPG、PNG、WebP）或表格（xlsx、csv）").contains("二季度居务事项公开如下。");

        mvc.perform(multipart("/disclosure/150104001002").file(new MockMultipartFile("files", "二季度账目.pdf", "application/pdf", pdf))
                        .file(new MockMultipartFile("files", "明细.csv", "text/csv", csv))
                        .param("item", String.valueOf(general)).param("period", "2026年第2季度").param("title", "二季度居务公开")
                        .param("body", "二季度居务事项公开如下：停车位划线 120 个。").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long first = jdbc.sql("SELECT id FROM disclosure_posting WHERE title = '二季度居务公开'").query(Long.class).single();
        String board = mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("二季度账目.pdf").contains("明细.csv");
        long pdfId = jdbc.sql("SELECT id FROM disclosure_attachment WHERE posting_id = :p AND filename = '二季度账目.pdf'").param("p", first)
                .query(Long.class).single();
        mvc.perform(get("/public/disclosure/150104001002/attachments/{id}", pdfId)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andExpect(content().bytes(pdf));
        mvc.perform(get("/public/disclosure/150104001004/attachments/{id}", pdfId)).andExpect(status().isNotFound());

        // A correction needs a reason; it makes a second version, the first stays on record.
        assertThat(mvc.perform(post("/disclosure/150104001002/postings/{id}/correct", first).param("title", "二季度居务公开")
                        .param("body", "更正后的内容。").param("reason", "").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("请填写更正原因（2 到 500 个字）").contains("更正后的内容。");
        mvc.perform(post("/disclosure/150104001002/postings/{id}/correct", first).param("title", "二季度居务公开")
                        .param("body", "二季度居务事项公开如下：停车位划线 160 个。").param("reason", "停车位数量填写有误")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long second = jdbc.sql("SELECT id FROM disclosure_posting WHERE first_id = :f").param("f", first).query(Long.class).single();
        board = mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("停车位划线 160 个").doesNotContain("停车位划线 120 个").contains("data-testid=\"corrected\"")
                .contains("更正原因：停车位数量填写有误").contains("/public/disclosure/150104001002/postings/" + second + "/versions")
                .contains("二季度账目.pdf");
        String versions = mvc.perform(get("/public/disclosure/150104001002/postings/{id}/versions", second))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(versions).contains("停车位划线 120 个").contains("停车位划线 160 个").contains("第 1 版").contains("第 2 版");
        // The replaced version cannot be corrected again.
        mvc.perform(post("/disclosure/150104001002/postings/{id}/correct", first).param("title", "x二季度").param("body", "再次更正的内容。")
                        .param("reason", "再改一次").with(as("worker")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure_posting WHERE first_id = :f").param("f", first).query(Long.class).single())
                .isEqualTo(1);

        // Withdrawn: the board says so with the reason and the date, its files are no longer served; the record stays.
        mvc.perform(post("/disclosure/150104001002/postings/{id}/withdraw", second).param("reason", "内容涉及居民隐私")
                .with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        board = mvc.perform(get("/public/disclosure/150104001002")).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("data-testid=\"withdrawn\"").contains("撤回原因：内容涉及居民隐私").doesNotContain("停车位划线 160 个");
        long copied = jdbc.sql("SELECT id FROM disclosure_attachment WHERE posting_id = :p AND filename = '二季度账目.pdf'").param("p", second)
                .query(Long.class).single();
        mvc.perform(get("/public/disclosure/150104001002/attachments/{id}", copied)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action IN ('DISCLOSURE_CORRECT', 'DISCLOSURE_WITHDRAW')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        // Out of scope (the staff of another street), the posting is not found.
        if (accounts.findByUsername("street-other").isEmpty()) {
            accounts.createSystemAccount("street-other", "周红", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow(),
                    "linli2026");
        }
        mvc.perform(post("/disclosure/150104001002/postings/{id}/withdraw", second).param("reason", "越权撤回")
                .with(as("street-other")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/disclosure/150104001002/postings/{id}", second).with(as("street-other"))).andExpect(status().isNotFound());
    }

    @Test
    void theDistrictSeesTotalsPerStreetAndDrillsDownToAStreetsCommitteesWithoutWriting() throws Exception {
        long catalogues = jdbc.sql("SELECT count(*) FROM disclosure_item").query(Long.class).single();
        String district = page("admin", "/disclosure");
        assertThat(district).contains("data-testid=\"street-tally\"").contains("data-street=\"150104001\"")
                .doesNotContain("data-testid=\"gap\"");
        String street = page("admin", "/disclosure?street=150104001");
        assertThat(street).contains("data-testid=\"committee-tally\"").contains("五塔寺前街社区居委会");
        assertThat(page("street", "/disclosure?page=99999")).contains("data-testid=\"committee-tally\"");
        // Viewing creates no catalogue.
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure_item").query(Long.class).single()).isEqualTo(catalogues);
        // A street outside the user's scope is not found.
        mvc.perform(get("/disclosure").param("street", "150104002").with(as("street"))).andExpect(status().isNotFound());
    }

    private long item(String committee, String kind) {
        disclosures.catalogue(disclosures.committee(committee, DataScope.COUNTRY));
        return jdbc.sql("""
                        SELECT i.id FROM disclosure_item i JOIN division d ON d.id = i.committee_id
                        WHERE d.code = :c AND i.kind = :k""").param("c", committee).param("k", kind).query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private String periodError(long item, String period) throws Exception {
        var model = mvc.perform(post("/disclosure/150104001002").param("item", String.valueOf(item)).param("period", period)
                        .param("title", "公开").param("body", "公开内容如下。").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        return ((java.util.Map<String, String>) model.get("errors")).get("period");
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
