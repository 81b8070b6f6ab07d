package org.linli.volunteers.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The volunteers' measures against counts made here another way (one committee at a time, by
 * plain SQL), and the figures page and its Excel file built on them: a street sees its committees,
 * a community worker their own.
 */
@LinliTest
class VolunteerMeasuresTest {

    @Autowired
    VolunteerMeasures measures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

    private List<String> streetCommittees() {
        return jdbc.sql("SELECT path FROM division WHERE level = 'COMMITTEE' AND path LIKE '/15/1501/150104/150104001/%' ORDER BY path")
                .query(String.class).list();
    }

    @Test
    void registeredVolunteersAndCertifiedHoursMatchCountsMadeOneByOne() {
        LocalDate to = clock.today();
        LocalDate from = to.minusDays(30);
        List<String> committees = streetCommittees();
        Map<String, Map<String, Long>> values = measures.compute(Set.of("volunteers.registered", "volunteers.hours", "registry.residents"),
                committees, from, to);
        assertThat(values).containsOnlyKeys("volunteers.registered", "volunteers.hours");
        long nonZero = 0;
        for (String c : committees) {
            long registered = jdbc.sql("SELECT count(*) FROM volunteer WHERE committee_path = :c AND status = 'ACTIVE' AND registered_on <= :to")
                    .param("c", c).param("to", to).query(Long.class).single();
            long minutes = jdbc.sql("""
                            SELECT coalesce(sum(t.minutes), 0) FROM volunteer_attendance t, volunteer_activity a
                             WHERE a.id = t.activity_id AND a.committee_path = :c AND t.status = 'CERTIFIED'
                               AND CAST(a.starts_at AT TIME ZONE 'Asia/Shanghai' AS date) BETWEEN :from AND :to""")
                    .param("c", c).param("from", from).param("to", to).query(Long.class).single();
            assertThat(values.get("volunteers.registered").getOrDefault(c, 0L)).as(c).isEqualTo(registered);
            assertThat(values.get("volunteers.hours").getOrDefault(c, 0L)).as(c).isEqualTo(Math.round(minutes / 60.0));
            nonZero += minutes > 0 ? 1 : 0;
        }
        assertThat(nonZero).as("the demo certified hours in the last month").isPositive();
        assertThat(values.get("volunteers.registered").get("/15/1501/150104/150104001/150104001002/")).isGreaterThan(5);
    }

    @Test
    void theFiguresPageShowsTheStreetsCommitteesAndExportsThem() throws Exception {
        String street = mvc.perform(get("/volunteers/figures").with(as("street"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Long> own = counts(List.of("/15/1501/150104/150104001/150104001002/"));
        assertThat(street).contains("data-code=\"150104001002\"").contains("data-code=\"150104001004\"")
                .contains("data-volunteers=\"" + own.get("/15/1501/150104/150104001/150104001002/") + "\"")
                .contains("figures-chart");
        String worker = mvc.perform(get("/volunteers/figures").with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(worker).contains("data-code=\"150104001002\"").doesNotContain("data-code=\"150104001004\"");
        long residents = jdbc.sql("SELECT count(*) FROM resident WHERE division_path LIKE '/15/1501/150104/150104001/150104001002/%'"
                + " AND status = 'LIVING'").query(Long.class).single();
        assertThat(worker).contains("data-residents=\"" + residents + "\"");

        byte[] file = mvc.perform(get("/volunteers/figures.xlsx").with(as("street"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheet("各社区");
            Map<String, Long> exported = new HashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1) != null) {
                    exported.put(row.getCell(1).getStringCellValue(), (long) row.getCell(3).getNumericCellValue());
                }
            }
            assertThat(exported).containsEntry("150104001002", own.get("/15/1501/150104/150104001/150104001002/"));
            assertThat(book.getSheet("各月").getPhysicalNumberOfRows()).isEqualTo(13);
        }
    }

    private Map<String, Long> counts(List<String> paths) {
        Map<String, Long> counts = new HashMap<>();
        for (String p : paths) {
            counts.put(p, jdbc.sql("SELECT count(*) FROM volunteer WHERE committee_path = :p AND status = 'ACTIVE' AND registered_on <= :t")
                    .param("p", p).param("t", clock.today()).query(Long.class).single());
        }
        return counts;
    }
}
