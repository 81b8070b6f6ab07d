package org.linli.workitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.testing.AdmissionFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The burden inventory from the street's Excel ledger: good rows recorded, bad rows back with reasons and as a file, scope. */
@LinliTest
class BurdenImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Divisions divisions;
    @Autowired
    TestClock clock;

    long committee;
    String path;

    @BeforeEach
    void setUp() {
        new AdmissionFixtures(jdbc, users).account("worker4", Role.COMMUNITY_WORKER, divisions.findByCode("150104001004").orElseThrow());
        var c = divisions.findByCode("150104001002").orElseThrow();
        committee = c.id();
        path = c.path();
    }

    @Test
    void goodRowsAreRecordedAndBadOnesComeBackWithTheirReasonsAndAsAFile() throws Exception {
        LocalDate today = clock.today();
        byte[] file = sheet(today.minusDays(10),
                new String[] {"牌子", "导入测试·文明实践站", "区文明办", "否", ""},
                new String[] {"报表台账", "导入测试·月报", "区统计局", "是", ""},
                new String[] {"挂牌", "导入测试·文明实践站", "区文明办", "", ""},
                new String[] {"奖牌", "导入测试·奖状", "区总工会", "", ""},
                new String[] {"考核评比", "", "区民政局", "也许", ""},
                new String[] {"责任书", "导入测试·安全责任书", "区应急管理局", "否", today.plusDays(1).toString()});
        long before = count();
        MockHttpSession session = new MockHttpSession();
        String shown = mvc.perform(multipart("/burden/" + committee + "/import").file(new MockMultipartFile("file", "台账.xlsx", null, file))
                        .session(session).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("imported").toString();
        assertThat(shown).contains("rows=7", "imported=3", "“导入测试·文明实践站”已登记", "类别“奖牌”应为挂牌",
                "名称未填写", "是否准入“也许”应填“是”或“否”", "晚于今天");
        assertThat(count()).isEqualTo(before + 3);
        assertThat(jdbc.sql("SELECT removed_on FROM burden_item WHERE committee_path = :p AND name = '导入测试·考核'")
                .param("p", path).query(LocalDate.class).single()).isEqualTo(today.minusDays(10));

        byte[] refused = mvc.perform(get("/burden/" + committee + "/import/refused.xlsx").session(session).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(refused))) {
            Sheet s = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(s.getLastRowNum()).isEqualTo(4);
            assertThat(f.formatCellValue(s.getRow(0).getCell(5))).isEqualTo("原因");
            assertThat(f.formatCellValue(s.getRow(2).getCell(0))).isEqualTo("奖牌");
            assertThat(f.formatCellValue(s.getRow(2).getCell(5))).startsWith("第 5 行：");
        }
    }

    @Test
    void anotherCommitteesWorkerCannotImportHereAndAFileWithoutTheColumnsIsRefusedOnItsField() throws Exception {
        byte[] file = sheet(null, new String[] {"挂牌", "越权·牌子", "区文明办", "", ""});
        long before = count();
        mvc.perform(multipart("/burden/" + committee + "/import").file(new MockMultipartFile("file", "x.xlsx", null, file))
                .with(as("worker4")).with(csrf())).andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);

        String page = mvc.perform(multipart("/burden/" + committee + "/import")
                        .file(new MockMultipartFile("file", "x.xlsx", null, "不是表格".getBytes())).with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"burden-import-error\"", "文件无法读取");
        mvc.perform(get("/burden/" + committee + "/import/refused.xlsx").with(as("worker"))).andExpect(status().isNotFound());
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM burden_item WHERE committee_path = :p").param("p", path).query(Long.class).single();
    }

    /** A ledger in the template's columns; one more row removed on {@code removed} as a real Excel date cell. */
    private static byte[] sheet(LocalDate removed, String[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = book.createSheet("减负清单");
            String[] header = {"类别", "名称", "要求部门", "是否准入", "取消日期"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int r = 1;
            for (String[] cells : rows) {
                Row row = s.createRow(r++);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            if (removed != null) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("考核");
                row.createCell(1).setCellValue("导入测试·考核");
                row.createCell(2).setCellValue("区民政局");
                var style = book.createCellStyle();
                style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
                var cell = row.createCell(4);
                cell.setCellValue(removed);
                cell.setCellStyle(style);
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
