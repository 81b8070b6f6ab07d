package org.linli.consultation;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Drafts for comment: who may comment and when, what a passage must be, answers before the report, scope, export. */
@LinliTest
class ConsultationTest {

    private static final String BODY = """
            一、小区内机动车按划定车位停放，不得占用消防通道和绿地。

            二、每户限登记一辆机动车，第二辆车按临时停车收费。
            三、停车管理费每月 50 元，用于车位维护和照明。
            """;

    @Autowired
    org.linli.testing.TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @BeforeEach
    void otherCommitteesAndStreets() {
        accounts.createSystemAccount("c-worker4", "周静", Role.COMMUNITY_WORKER, divisions.findByCode("150104001004").orElseThrow(), "x");
        accounts.createSystemAccount("c-resident4", "吴建华", Role.RESIDENT, divisions.findByCode("150104001004").orElseThrow(), "x");
        accounts.createSystemAccount("c-street2", "郑敏", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow(), "x");
    }

    @Test
    void theDraftIsSplitIntoParagraphsAndCheckedOnPublishing() throws Exception {
        String errors = mvc.perform(post("/consultations").param("division", "150104001002").param("title", "停车")
                        .param("body", " \n ").param("deadline", "2020-01-01T18:00").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请填写标题（4 到 100 个字）").contains("请填写征求意见稿正文").contains("截止时间应晚于现在");
        // A committee worker publishes for the own committee only, not for the street.
        assertThat(mvc.perform(post("/consultations").param("division", "150104001").param("title", "小区停车管理办法")
                        .param("body", BODY).param("deadline", future()).with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("请选择征求意见的范围");
        long id = publish("worker", "150104001002", "小区停车管理办法（征求意见稿）");
        assertThat(jdbc.sql("SELECT string_agg(number || ':' || left(body, 4), ',' ORDER BY number) FROM consultation_paragraph WHERE consultation_id = :c")
                .param("c", id).query(String.class).single()).isEqualTo("1:一、小区,2:二、每户,3:三、停车");
        assertThat(page("resident", "/consultations/" + id)).contains("第 3 段").contains("停车管理费每月 50 元").contains("提交意见");
    }

    @Test
    void aPassageMustOccurInItsParagraph() throws Exception {
        long id = publish("worker", "150104001002", "小区停车管理办法（段落原文）");
        String wrong = mvc.perform(post("/consultations/{id}/comments", id).param("paragraph", "1").param("passage", "每户限登记一辆机动车")
                        .param("body", "第二辆车也应能包月").with(as("resident")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("所选原文“每户限登记一辆机动车”不在第 1 段中").contains("第二辆车也应能包月");
        assertThat(comments(id)).isZero();
        // The same passage on its own paragraph is taken; spaces gained or lost in selecting do not matter.
        comment("resident", id, 2, "每户限登记 一辆机动车", "第二辆车也应能包月");
        comment("resident", id, 3, "", "管理费偏高，建议 30 元");
        assertThat(jdbc.sql("SELECT paragraph || ':' || coalesce(passage, '-') FROM consultation_comment WHERE consultation_id = :c ORDER BY id")
                .param("c", id).query(String.class).list()).containsExactly("2:每户限登记 一辆机动车", "3:-");
        String unknown = mvc.perform(post("/consultations/{id}/comments", id).param("paragraph", "9").param("body", "意见")
                .with(as("resident")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("请选择要提意见的段落");
    }

    @Test
    void noCommentAfterTheDeadlineAndOthersSeeMaskedNames() throws Exception {
        long id = publish("worker", "150104001002", "小区停车管理办法（截止）");
        comment("resident", id, 1, "不得占用消防通道", "建议在消防通道画黄线");
        String seen = page("grid", "/consultations/" + id);
        assertThat(seen).contains("陈阿姨");
        accounts.createSystemAccount("c-resident2", "黄晓东", Role.RESIDENT, divisions.findByCode("150104001002").orElseThrow(), "x");
        assertThat(page("c-resident2", "/consultations/" + id)).contains("陈**").doesNotContain("陈阿姨");
        // Staff cannot answer while it is open.
        assertThat(answer("worker", id, firstComment(id), "ADOPTED", "采纳，画黄线并设标识"))
                .contains("征求意见截止后才能答复");

        pastDeadline(id);
        String late = mvc.perform(post("/consultations/{id}/comments", id).param("paragraph", "1").param("body", "截止后的意见")
                        .with(as("resident")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(late).contains("截止，不能再提出意见");
        assertThat(comments(id)).isEqualTo(1);
        assertThat(page("resident", "/consultations/" + id)).contains("征求意见已截止").doesNotContain("提交意见");
    }

    @Test
    void everyCommentNeedsAnAnswerWithAReasonBeforeTheReportIsPublished() throws Exception {
        long id = publish("worker", "150104001002", "小区停车管理办法（反馈）");
        comment("resident", id, 1, "不得占用消防通道", "建议在消防通道画黄线");
        comment("resident", id, 3, "", "管理费偏高，建议 30 元");
        assertThat(report("worker", id)).contains("征求意见尚未截止");
        pastDeadline(id);
        long first = firstComment(id);
        long second = jdbc.sql("SELECT max(id) FROM consultation_comment WHERE consultation_id = :c").param("c", id)
                .query(Long.class).single();

        assertThat(report("worker", id)).contains("还有 2 条意见未答复，全部答复后才能发布反馈报告");
        assertThat(answer("worker", id, first, "ADOPTED", "好")).contains("请填写“采纳”的理由").contains("value=\"好\"");
        assertThat(answer("worker", id, first, "", "理由写了但没选")).contains("请选择答复");
        assertThat(answer("worker", id, first, "ADOPTED", "采纳，在消防通道画黄线并设禁停标识")).isEmpty();
        assertThat(report("worker", id)).contains("还有 1 条意见未答复");
        assertThat(answer("worker", id, second, "NOT_ADOPTED", "管理费按物价部门核定标准，不作调整")).isEmpty();
        mvc.perform(get("/public/consultations/{id}", id)).andExpect(status().isNotFound());

        mvc.perform(post("/consultations/{id}/report", id).param("note", "共收到意见 2 条，采纳 1 条。").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String publicReport = mvc.perform(get("/public/consultations/{id}", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(publicReport).contains("关于《小区停车管理办法（反馈）》征求意见情况的反馈报告").contains("陈**")
                .doesNotContain("陈阿姨").contains("在消防通道画黄线并设禁停标识").contains("不作调整").contains("第 3 段")
                .doesNotContain("第 2 段").contains("共收到意见 2 条，采纳 1 条。").contains("打印");
        // A published report is final.
        assertThat(answer("worker", id, second, "ADOPTED", "改为采纳，下调管理费")).contains("反馈报告已发布，答复不能再修改");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CONSULTATION_REPORT' AND target = '小区停车管理办法（反馈）'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void scopeAcrossCommitteesAndStreets() throws Exception {
        long id = publish("worker", "150104001002", "五塔北街社区公约修订（征求意见稿）");
        comment("resident", id, 1, "", "公约应写明养犬规定");
        pastDeadline(id);
        long k = firstComment(id);
        for (String outsider : new String[] {"c-worker4", "c-street2", "c-resident4"}) {
            mvc.perform(get("/consultations/{id}", id).with(as(outsider))).andExpect(status().isNotFound());
            assertThat(page(outsider, "/consultations")).doesNotContain("五塔北街社区公约修订");
        }
        mvc.perform(post("/consultations/{id}/comments/{k}/answer", id, k).param("answer", "ADOPTED").param("reason", "采纳，增加养犬条款")
                .with(as("c-worker4")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/consultations/{id}/comments.xlsx", id).with(as("c-street2"))).andExpect(status().isNotFound());
        mvc.perform(get("/consultations").with(as("dept"))).andExpect(status().isForbidden());
        // The street above sees and may answer its committee's draft.
        assertThat(answer("street", id, k, "ADOPTED", "采纳，增加文明养犬条款")).isEmpty();

        // A draft for the whole street: residents of every committee of the street comment; other streets' residents do not see it.
        long streetWide = publish("street", "150104001", "小召前街街道垃圾分类实施方案（征求意见稿）");
        comment("c-resident4", streetWide, 2, "", "建议增加厨余垃圾桶");
        comment("resident", streetWide, 1, "", "建议设置督导员");
        accounts.createSystemAccount("c-resident-other", "钱秀兰", Role.RESIDENT, divisions.findByCode("150104002002").orElseThrow(), "x");
        mvc.perform(post("/consultations/{id}/comments", streetWide).param("paragraph", "1").param("body", "外街道的意见")
                .with(as("c-resident-other")).with(csrf())).andExpect(status().isNotFound());
        // A committee's worker reads the street's draft but the street answers it.
        pastDeadline(streetWide);
        assertThat(answer("worker", streetWide, firstComment(streetWide), "ADOPTED", "由社区代为答复的理由"))
                .contains("意见由发布征求意见稿的单位答复");
    }

    @Test
    void theExcelExportHasEveryCommentWithItsAnswer() throws Exception {
        long id = publish("worker", "150104001002", "小区停车管理办法（导出）");
        comment("resident", id, 1, "绿地", "绿地旁可增设非机动车位");
        comment("resident", id, 3, "", "管理费偏高");
        pastDeadline(id);
        answer("worker", id, firstComment(id), "PARTLY_ADOPTED", "部分采纳，在 3 号楼旁增设非机动车位");
        byte[] xlsx = mvc.perform(get("/consultations/{id}/comments.xlsx", id).with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("答复");
            Row first = sheet.getRow(2);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("绿地");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("绿地旁可增设非机动车位");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("陈阿姨");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("部分采纳");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("部分采纳，在 3 号楼旁增设非机动车位");
            Row second = sheet.getRow(3);
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("（整段）");
            assertThat(second.getCell(7).getStringCellValue()).isEmpty();
        }
        // Residents do not export.
        mvc.perform(get("/consultations/{id}/comments.xlsx", id).with(as("resident"))).andExpect(status().isNotFound());
    }

    @Test
    void theStaffListShowsStatusAndCounts() throws Exception {
        long id = publish("worker", "150104001002", "小区停车管理办法（列表）");
        comment("resident", id, 1, "", "同意");
        pastDeadline(id);
        String list = page("worker", "/consultations?status=AWAITING_ANSWERS");
        assertThat(list).contains("小区停车管理办法（列表）").contains("待答复").contains("意见 1 条").contains("已答复 0 条");
        assertThat(page("worker", "/consultations?status=OPEN")).doesNotContain("小区停车管理办法（列表）")
                .contains(DEMO_TITLE);
    }

    private static final String DEMO_TITLE = "深化基层群众自治工作方案（征求意见稿）";

    private long publish(String who, String division, String title) throws Exception {
        String location = mvc.perform(post("/consultations").param("division", division).param("title", title).param("body", BODY)
                        .param("deadline", future()).with(as(who)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String future() {
        return LocalDateTime.now(clock).plusDays(7).withSecond(0).withNano(0).toString();
    }

    private void comment(String who, long id, int paragraph, String passage, String body) throws Exception {
        mvc.perform(post("/consultations/{id}/comments", id).param("paragraph", String.valueOf(paragraph)).param("passage", passage)
                .param("body", body).with(as(who)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** The page's error, or "" when the answer was saved. */
    private String answer(String who, long id, long comment, String answer, String reason) throws Exception {
        var response = mvc.perform(post("/consultations/{id}/comments/{k}/answer", id, comment).param("answer", answer)
                .param("reason", reason).with(as(who)).with(csrf())).andReturn().getResponse();
        return response.getStatus() == 302 ? "" : response.getContentAsString();
    }

    private String report(String who, long id) throws Exception {
        return mvc.perform(post("/consultations/{id}/report", id).with(as(who)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Moves the clock a minute past the draft's deadline. */
    private void pastDeadline(long id) {
        clock.setTo(jdbc.sql("SELECT deadline FROM consultation WHERE id = :c").param("c", id).query(java.time.OffsetDateTime.class)
                .single().plusMinutes(1).toInstant());
    }

    private long firstComment(long id) {
        return jdbc.sql("SELECT min(id) FROM consultation_comment WHERE consultation_id = :c").param("c", id).query(Long.class).single();
    }

    private long comments(long id) {
        return jdbc.sql("SELECT count(*) FROM consultation_comment WHERE consultation_id = :c").param("c", id).query(Long.class).single();
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
