package org.linli.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.CaseworkFixtures.COMMITTEE;
import static org.linli.testing.CaseworkFixtures.GRID;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.internal.Deadlines;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Grid workers in the case loop (issue #12): dispatch (派单), take (接单), hand in with notes and
 * photos, rework back to the grid worker, closing; who sees what; limits; notices; the log's names.
 */
@LinliTest
class GridCaseTest {

    /** Two marks of punctuation in a row, as a joined note could make them ("。。", "：。"). */
    static final Pattern DOUBLE_PUNCTUATION = Pattern.compile("[。，、；：！？,.;:!?][。，、；：！？,.;:!?]");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRegistry events;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TestClock clock;

    CaseworkFixtures cases;

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
    }

    @Test
    void aDispatchedCaseIsTakenHandledReworkedAndClosedWithEveryStepByName() throws Exception {
        long id = cases.open("worker", "SANITATION", COMMITTEE, "派单：楼道杂物堆放");
        cases.move("worker", id, "ACCEPTED", "");
        assertThat(cases.page("worker", "/cases/" + id)).contains("data-testid=\"dispatch-form\"").contains("第1网格");
        // A case of the committee is not the grid worker's until it is dispatched to their grid.
        mvc.perform(get("/cases/{id}", id).with(as("grid"))).andExpect(status().isNotFound());

        cases.dispatch("worker", id, GRID, "grid");
        assertThat(cases.statusOf(id)).isEqualTo("DISPATCHED");
        assertThat(cases.page("grid", "/cases")).contains("派单：楼道杂物堆放");
        assertThat(cases.page("grid", "/cases/" + id)).contains("data-testid=\"take\"").contains("第1网格 · 刘强");
        // Taking is its own step, not a plain move; and the community cannot take for the grid worker.
        assertThat(mvc.perform(post("/cases/{id}/move", id).param("to", "HANDLING").with(as("grid")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("请用“接单”按钮接手办理");
        assertThat(mvc.perform(post("/cases/{id}/take", id).with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("不能由社区工作者改为");

        cases.take("grid", id);
        assertThat(cases.statusOf(id)).isEqualTo("HANDLING");
        // The committee still answers for the case's own limit and may ask to extend it.
        assertThat(cases.page("worker", "/cases/" + id)).contains("data-testid=\"extension-form\"");
        handIn(id, "已清理楼道杂物。");
        assertThat(cases.statusOf(id)).isEqualTo("VERIFYING");
        assertThat(jdbc.sql("SELECT count(*) FROM case_attachment WHERE case_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
        cases.move("worker", id, "REWORK", "照片看不清楼道全貌。");
        // Rework goes back to the grid worker, who hands in again.
        assertThat(cases.page("grid", "/cases/" + id)).contains("data-testid=\"move-VERIFYING\"");
        handIn(id, "已补拍楼道全貌");
        cases.move("worker", id, "CLOSED", "核查通过");
        assertThat(cases.statusOf(id)).isEqualTo("CLOSED");

        // The log names people, not login names.
        assertThat(jdbc.sql("SELECT actor_name FROM case_log WHERE case_id = :id ORDER BY id").param("id", id).query(String.class).list())
                .contains("张丽", "刘强").doesNotContain("worker", "grid");
        assertThat(cases.page("worker", "/cases/" + id)).contains("刘强（网格员）").contains("张丽（社区工作者）")
                .doesNotContain("worker（社区工作者）");

        Events.settle(events);
        assertThat(cases.told("grid", id, "新派单，请接单办理：派单：楼道杂物堆放")).isTrue();
        assertThat(cases.told("worker", id, "网格员办理完毕，请核查：派单：楼道杂物堆放")).isTrue();
        assertThat(cases.told("grid", id, "核查未通过，需返工：派单：楼道杂物堆放（照片看不清楼道全貌）")).isTrue();
        // Nobody is told of their own step: the worker accepted, dispatched and sent back for rework herself.
        assertThat(cases.told("worker", id, "诉求由社区办理")).isFalse();
        assertThat(cases.told("worker", id, "核查未通过")).isFalse();
        assertThat(cases.told("worker", id, "新诉求待受理")).isFalse();
    }

    @Test
    void aGridWorkerSeesOnlyTheCasesOfTheirGrid() throws Exception {
        String otherGrid = jdbc.sql("SELECT code FROM division WHERE level = 'GRID' AND code LIKE :c || '%' AND code <> :g ORDER BY code LIMIT 1")
                .param("c", COMMITTEE).param("g", GRID).query(String.class).single();
        long other = cases.open("worker", "FACILITIES", otherGrid, "别的网格：路面坑洼");
        mvc.perform(multipart("/cases/new").file(photo("pothole.png")).param("channel", "PHONE").param("category", "FACILITIES")
                        .param("placeCode", otherGrid).param("title", "别的网格：带照片").param("description", "别的网格的路面坑洼")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long photoId = jdbc.sql("SELECT a.id FROM case_attachment a JOIN case_record c ON c.id = a.case_id WHERE c.title = '别的网格：带照片'")
                .query(Long.class).single();
        long photoCase = jdbc.sql("SELECT case_id FROM case_attachment WHERE id = :a").param("a", photoId).query(Long.class).single();

        for (String path : List.of("/cases/" + other, "/cases/" + other + "/print", "/cases/" + photoCase + "/photos/" + photoId)) {
            mvc.perform(get(path).with(as("grid"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as("worker"))).andExpect(status().isOk());
        }
        mvc.perform(post("/cases/{id}/take", other).with(as("grid")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/cases/{id}/move", other).param("to", "VERIFYING").with(as("grid")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(cases.page("grid", "/cases?open=false")).doesNotContain("别的网格");
        assertThat(exportRows("grid", "/cases/export?open=false&q=别的网格")).hasSize(1);
        assertThat(exportRows("worker", "/cases/export?open=false&q=别的网格")).hasSize(3);

        // A case placed in the grid is in its grid worker's queue, who may take it without a dispatch.
        long mine = cases.open("worker", "FACILITIES", GRID, "本网格：路灯不亮");
        // Dispatching it, the community finds the grid it lies in chosen.
        assertThat(cases.page("worker", "/cases/" + mine)).containsPattern("data-code=\"" + GRID + "\"[^>]*selected");
        assertThat(cases.page("grid", "/cases")).contains("本网格：路灯不亮");
        assertThat(cases.page("grid", "/cases/" + mine)).contains("data-testid=\"take\"");
        cases.take("grid", mine);
        assertThat(cases.statusOf(mine)).isEqualTo("HANDLING");
        assertThat(jdbc.sql("SELECT dispatch_due IS NOT NULL AND dispatch_due <= finish_due FROM case_record WHERE id = :id")
                .param("id", mine).query(Boolean.class).single()).isTrue();

        // A case dispatched to another grid stays out of sight, even though the committee's grid worker works next door.
        long elsewhere = cases.open("worker", "FACILITIES", COMMITTEE, "派往别的网格：护栏损坏");
        String staffed = jdbc.sql("""
                        SELECT d.code FROM division d WHERE d.level = 'GRID' AND d.code LIKE :c || '%' AND d.code <> :g
                          AND EXISTS (SELECT 1 FROM account a WHERE a.division_id = d.id AND a.role = 'GRID_WORKER') ORDER BY d.code LIMIT 1""")
                .param("c", COMMITTEE).param("g", GRID).query(String.class).optional().orElse(null);
        String unstaffed = jdbc.sql("""
                        SELECT d.code FROM division d WHERE d.level = 'GRID' AND d.code LIKE :c || '%'
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.division_id = d.id AND a.role = 'GRID_WORKER') ORDER BY d.code LIMIT 1""")
                .param("c", COMMITTEE).query(String.class).optional().orElse(null);
        if (unstaffed != null) {
            assertThat(mvc.perform(post("/cases/{id}/dispatch", elsewhere).param("grid", String.valueOf(cases.divisionId(unstaffed)))
                    .with(as("worker")).with(csrf())).andReturn().getResponse().getContentAsString()).contains("尚无网格员");
        }
        if (staffed != null) {
            cases.dispatch("worker", elsewhere, staffed, null);
            mvc.perform(get("/cases/{id}", elsewhere).with(as("grid"))).andExpect(status().isNotFound());
        }
        // A grid worker named on a dispatch must be of that grid.
        assertThat(mvc.perform(post("/cases/{id}/dispatch", other).param("grid", String.valueOf(cases.divisionId(GRID)))
                        .param("worker", String.valueOf(cases.accountId("worker"))).with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("所选网格员不属于第1网格");
    }

    @Test
    void aPatrolFindingLandsInTheGridWorkersOwnQueueWithActionsAndTheyAreNotToldOfIt() throws Exception {
        String location = mvc.perform(post("/cases/new").param("channel", "GRID_PATROL").param("category", "FACILITIES")
                        .param("placeCode", GRID).param("description", "巡查发现：健身器材松动。").with(as("grid")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(cases.page("grid", "/cases/" + id)).contains("data-testid=\"take\"");
        cases.take("grid", id);
        assertThat(cases.page("grid", "/cases/" + id)).contains("data-testid=\"move-VERIFYING\"");
        Events.settle(events);
        assertThat(cases.told("worker", id, "新诉求待受理")).isTrue();
        assertThat(cases.told("grid", id, "本网格新诉求")).isFalse();
        // A case another registers in the grid does reach the grid worker.
        long other = cases.open("worker", "FACILITIES", GRID, "电话反映：单元门禁损坏");
        Events.settle(events);
        assertThat(cases.told("grid", other, "本网格新诉求，可接单办理：电话反映：单元门禁损坏")).isTrue();
    }

    @Test
    void aDispatchNotHandledInTimeIsOverdueForTheCommitteeWhichTakesItBack() throws Exception {
        long id = cases.open("worker", "SANITATION", COMMITTEE, "派单超时：垃圾桶满溢");
        cases.dispatch("worker", id, GRID, null);
        assertThat(cases.statusOf(id)).isEqualTo("DISPATCHED");
        OffsetDateTime due = jdbc.sql("SELECT dispatch_due FROM case_record WHERE id = :id").param("id", id)
                .query(OffsetDateTime.class).single();
        assertThat(due).isBefore(cases.finishDue(id));
        clock.setTo(due.plusMinutes(1).toInstant());
        deadlines.scan(clock.now());
        assertThat(jdbc.sql("SELECT count(*) FROM case_overdue WHERE case_id = :id AND stage = 'GRID' AND division_path LIKE '%/' || :c || '/'")
                .param("id", id).param("c", COMMITTEE).query(Long.class).single()).isEqualTo(1);
        assertThat(cases.statusOf(id)).isEqualTo("DISPATCHED");
        assertThat(cases.page("worker", "/cases?overdue=true&q=派单超时")).contains("派单超时：垃圾桶满溢");
        Events.settle(events);
        assertThat(cases.told("worker", id, "已超时（网格员未接单）：派单超时：垃圾桶满溢")).isTrue();
        // The committee takes it back; the grid no longer holds it.
        cases.move("worker", id, "ACCEPTED", "");
        assertThat(jdbc.sql("SELECT grid_id IS NULL FROM case_record WHERE id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/cases/{id}", id).with(as("grid"))).andExpect(status().isNotFound());
    }

    @Test
    void noNoticeOfTheCaseLoopDoublesItsPunctuation() throws Exception {
        long rejected = cases.open("worker", "OTHER", COMMITTEE, "标点：私人纠纷", "来电反映：私人纠纷。", "13912340088");
        cases.move("worker", rejected, "REJECTED", "属于私人物业纠纷，请联系物业。");
        long reworked = cases.open("worker", "SANITATION", GRID, "标点：草坪垃圾。");
        cases.take("grid", reworked);
        handIn(reworked, "已清理。");
        cases.move("worker", reworked, "REWORK", "还有一处未清理：");
        handIn(reworked, "已全部清理！");
        cases.move("worker", reworked, "CLOSED", "");
        Events.settle(events);
        List<String> texts = new java.util.ArrayList<>(jdbc.sql("SELECT text FROM notification WHERE case_id IS NOT NULL")
                .query(String.class).list());
        texts.addAll(jdbc.sql("SELECT text FROM outbound_message").query(String.class).list());
        assertThat(texts).isNotEmpty().noneMatch(t -> DOUBLE_PUNCTUATION.matcher(t).find());
        assertThat(cases.noticeTexts(reworked)).anyMatch(t -> t.contains("（还有一处未清理）"));
    }

    @Test
    void casesAreFoundByWordsNumberAndForThoseWhoMayCallBackByPhoneAndExportedAsShownAndPrinted() throws Exception {
        long id = cases.open("worker", "FACILITIES", GRID, "搜索：井盖松动", "三号楼门前井盖松动，有人绊倒", "13912340077");
        String number = jdbc.sql("SELECT number FROM case_record WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(cases.page("worker", "/cases?q=门前井盖")).contains("搜索：井盖松动");
        assertThat(cases.page("worker", "/cases?q=" + number)).contains("搜索：井盖松动");
        assertThat(cases.page("worker", "/cases?q=13912340077")).contains("搜索：井盖松动");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CASE_PHONE_SEARCH' AND target = '139****0077'")
                .query(Long.class).single()).isPositive();
        // The grid worker sees the case, but may not call back: a number finds nothing for them.
        assertThat(cases.page("grid", "/cases?q=井盖")).contains("搜索：井盖松动");
        assertThat(cases.page("grid", "/cases?q=13912340077")).doesNotContain("搜索：井盖松动");
        // Wildcards are letters; a search too long for a query is answered in Chinese, never a 5xx.
        assertThat(cases.page("worker", "/cases?open=false&q=%25")).doesNotContain("搜索：井盖松动");
        assertThat(mvc.perform(get("/cases?q=" + "长".repeat(5000)).with(as("worker"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("查询内容过长");

        List<List<String>> rows = exportRows("worker", "/cases/export?q=13912340077");
        assertThat(rows.getFirst()).startsWith("编号", "标题", "地点");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains(number, "搜索：井盖松动", "139****0077").doesNotContain("13912340077");
        assertThat(exportRows("grid", "/cases/export?q=13912340077")).hasSize(1);

        String order = cases.page("worker", "/cases/" + id + "/print");
        assertThat(order).contains(number).contains("市政设施").contains("第1网格").contains("139****0077")
                .contains("承办人签字").contains("data-print").doesNotContain("13912340077");
    }

    @Test
    void theFiguresCountTheGridWorkersPart() throws Exception {
        long id = cases.open("worker", "SANITATION", GRID, "统计：网格员办结");
        cases.take("grid", id);
        handIn(id, "已办结");
        cases.move("worker", id, "CLOSED", "");
        String page = cases.page("worker", "/case-stats?group=CATEGORY");
        java.util.regex.Matcher total = Pattern.compile("data-indicator=\"GRID_HANDLED\">([0-9,]+)<").matcher(page);
        long last = -1;
        while (total.find()) {
            last = Long.parseLong(total.group(1).replace(",", ""));
        }
        assertThat(last).isPositive();
        assertThat(page).contains("网格员按期结案率");
    }

    private void handIn(long id, String note) throws Exception {
        mvc.perform(multipart("/cases/{id}/move", id).file(photo("done.png")).param("to", "VERIFYING").param("note", note)
                        .with(as("grid")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private static MockMultipartFile photo(String name) {
        return new MockMultipartFile("photos", name, "image/png", CaseworkFixtures.PNG);
    }

    /** The export's rows as text, opened with POI as Excel would. */
    private List<List<String>> exportRows(String who, String path) throws Exception {
        byte[] xlsx = mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new java.util.ArrayList<>();
            for (var row : workbook.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
            return rows;
        }
    }
}
