package org.linli.division.web;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@LinliTest
class DivisionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsEverythingBelowANodeAsARealExcelFile() throws Exception {
        long committee = id("150104001002");
        int descendants = jdbc.sql("SELECT descendant_count FROM division WHERE id = :id").param("id", committee)
                .query(Integer.class).single();
        byte[] xlsx = mvc.perform(get("/divisions/{id}/export.xlsx", committee).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编码");
            assertThat(sheet.getLastRowNum()).isEqualTo(descendants);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("150104001002001");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("网格");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("150104001002");
        }
    }

    @Test
    void sortsChildrenByAClosedSetOfOrders() throws Exception {
        long street = id("150104001");
        for (String sort : new String[] {"CODE", "NAME", "DESCENDANTS"}) {
            mvc.perform(get("/divisions/{id}", street).param("sort", sort).with(as("street"))).andExpect(status().isOk());
        }
        mvc.perform(get("/divisions/{id}", street).param("sort", "name; DROP TABLE division").with(as("street")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void apiValidatesPlacesAndAnswersInChinese() throws Exception {
        long estate = jdbc.sql("SELECT id FROM division WHERE code = '150104001002001001'").query(Long.class).single();
        String bad = mvc.perform(post("/api/divisions/{id}/places", estate).with(as("worker")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"floors\":0,\"entrances\":2}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("请填写名称").contains("层数须在 1 到 200 之间");

        String unreadable = mvc.perform(post("/api/divisions/{id}/places", estate).with(as("worker")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"楼\",\"floors\":\"六\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("字段的类型不对");

        String created = mvc.perform(post("/api/divisions/{id}/places", estate).with(as("worker")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"接口楼\",\"floors\":6,\"entrances\":2}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(created).contains("\"level\":\"BUILDING\"").contains("\"floors\":6");
    }

    @Test
    void gridWorkersAreAssignedWithinTheCommittee() throws Exception {
        long grid2 = id("150104001002002");
        long gridAccount = jdbc.sql("SELECT id FROM account WHERE username = 'grid'").query(Long.class).single();
        String section = mvc.perform(post("/grid-workers/{id}", grid2).with(as("worker")).with(csrf())
                        .param("accountId", String.valueOf(gridAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section).contains("刘强");
        assertThat(jdbc.sql("SELECT division_id FROM account WHERE id = :id").param("id", gridAccount)
                .query(Long.class).single()).isEqualTo(grid2);
        // put the demo grid worker back on the first grid for the other tests
        mvc.perform(post("/grid-workers/{id}", id("150104001002001")).with(as("worker")).with(csrf())
                .param("accountId", String.valueOf(gridAccount))).andExpect(status().isOk());
    }

    private long id(String code) {
        return jdbc.sql("SELECT id FROM division WHERE code = :c").param("c", code).query(Long.class).single();
    }
}
