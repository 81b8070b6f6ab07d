package org.linli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.RegistryFixtures.OWN_COMMITTEE;
import static org.linli.testing.RegistryFixtures.OWN_GRID;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Residents filtered by tag, age band and living status, with the name search, paged and exported. */
@LinliTest
class ResidentFilterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private long expected(String path, String condition) {
        return jdbc.sql("SELECT count(*) FROM resident r WHERE r.division_path LIKE :p || '%' AND " + condition)
                .param("p", path).param("today", clock.today()).query(Long.class).single();
    }

    private String list(String user, String... parameters) throws Exception {
        var request = get("/residents").with(as(user));
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String total(long n) {
        return "data-total=\"" + n + "\"";
    }

    private static final String HOLDS = "EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = r.id AND t.tag_code = '%s'"
            + " AND t.since <= :today AND (t.until IS NULL OR t.until > :today))";

    @Test
    void filtersByTagAgeBandAndStatusTogetherAndWithTheNameSearch() throws Exception {
        long aged80 = expected(OWN_COMMITTEE, "r.status = 'LIVING' AND r.birth_date <= CAST(:today AS date) - interval '80 years'");
        assertThat(aged80).isPositive();
        assertThat(list("worker", "ageFrom", "80", "status", "LIVING")).contains(total(aged80));

        long aloneElderly = expected(OWN_COMMITTEE, HOLDS.formatted("LIVING_ALONE")
                + " AND r.status = 'LIVING' AND r.birth_date <= CAST(:today AS date) - interval '60 years'");
        assertThat(list("worker", "tag", "LIVING_ALONE", "ageFrom", "60", "status", "LIVING")).contains(total(aloneElderly));

        // a band from–to in whole years: 30 to 39 is born after today − 40 years and on or before today − 30 years
        long thirties = expected(OWN_COMMITTEE, "r.birth_date <= CAST(:today AS date) - interval '30 years'"
                + " AND r.birth_date > CAST(:today AS date) - interval '40 years'");
        assertThat(list("worker", "ageFrom", "30", "ageTo", "39")).contains(total(thirties));

        String surname = jdbc.sql("""
                        SELECT left(r.name, 1) FROM resident r WHERE r.division_path LIKE :p || '%'
                        GROUP BY 1 ORDER BY count(*) DESC LIMIT 1""").param("p", OWN_COMMITTEE).query(String.class).single();
        long named = expected(OWN_COMMITTEE, "r.name LIKE '" + surname + "%' AND " + HOLDS.formatted("DISABLED"));
        assertThat(list("worker", "q", surname, "tag", "DISABLED")).contains(total(named)).contains("data-kind=\"NAME\"");

        // the pager keeps the filter
        assertThat(list("worker", "ageFrom", "20")).contains("ageFrom=20&amp;page=1");

        // the ready-made lists
        String plain = list("worker");
        assertThat(plain).contains("data-testid=\"list-living-alone-elderly\"").contains("data-testid=\"list-subsistence\"")
                .contains("data-testid=\"list-aged-80\"").contains("data-testid=\"list-disabled\"");

        // a grid worker's list is their grid's
        long gridAged80 = expected(OWN_GRID, "r.status = 'LIVING' AND r.birth_date <= CAST(:today AS date) - interval '80 years'");
        assertThat(list("grid", "ageFrom", "80", "status", "LIVING")).contains(total(gridAged80));
    }

    @Test
    void theAgeBandFollowsTheClock() throws Exception {
        LocalDate birth = jdbc.sql("""
                        SELECT r.birth_date FROM resident r WHERE r.division_path LIKE :p || '%'
                          AND r.birth_date > CAST(:today AS date) - interval '80 years' ORDER BY r.birth_date LIMIT 1""")
                .param("p", OWN_COMMITTEE).param("today", clock.today()).query(LocalDate.class).single();
        long before = expected(OWN_COMMITTEE, "r.birth_date <= CAST(:today AS date) - interval '80 years'");
        try {
            clock.setTo(birth.plusYears(80).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).plusHours(12).toInstant());
            long after = expected(OWN_COMMITTEE, "r.birth_date <= CAST(:today AS date) - interval '80 years'");
            assertThat(after).isGreaterThan(before);
            assertThat(list("worker", "ageFrom", "80")).contains(total(after));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aSensitiveTagIsNeitherListedNorFilterableForRolesThatMayNotSeeIt() throws Exception {
        String grid = list("grid");
        assertThat(grid).doesNotContain("COMMUNITY_CORRECTION").contains("value=\"SUBSISTENCE\"");
        String refused = list("grid", "tag", "COMMUNITY_CORRECTION", "status", "LIVING");
        assertThat(refused).contains("没有这个标签，请从列表中选择").contains(total(0));
        // exactly as an unknown tag
        String unknown = list("grid", "tag", "NO_SUCH_TAG", "status", "LIVING");
        assertThat(unknown).contains("没有这个标签，请从列表中选择").contains(total(0));
        // and not through the export either
        mvc.perform(post("/residents/export.xlsx").param("tag", "COMMUNITY_CORRECTION").with(as("grid")).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Content-Disposition"));
        // a role that may see it filters by it
        assertThat(list("worker")).contains("value=\"COMMUNITY_CORRECTION\"");
        long held = expected(OWN_COMMITTEE, HOLDS.formatted("COMMUNITY_CORRECTION"));
        assertThat(list("worker", "tag", "COMMUNITY_CORRECTION")).contains(total(held)).doesNotContain("没有这个标签");
    }

    @Test
    void typedNonsenseIsRefusedOnItsFieldNeverAnError() throws Exception {
        assertThat(list("worker", "ageFrom", "abc")).contains("年龄应填整数（周岁）");
        assertThat(list("worker", "ageFrom", "200")).contains("年龄应在 0 到 150 岁之间");
        assertThat(list("worker", "ageFrom", "80", "ageTo", "60")).contains("“到”的年龄应不小于“从”的年龄");
        assertThat(list("worker", "status", "<b>x</b>")).contains("请从列表中选择居住状态").doesNotContain("<b>x</b>");
    }

    @Test
    void aFilteredListExportsAsItIsShownMasked() throws Exception {
        long aged80 = expected(OWN_COMMITTEE, "r.status = 'LIVING' AND r.birth_date <= CAST(:today AS date) - interval '80 years'");
        byte[] file = mvc.perform(post("/residents/export.xlsx").param("ageFrom", "80").param("status", "LIVING")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) aged80);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(4).getNumericCellValue()).isGreaterThanOrEqualTo(80);
                assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).matches("\\d{6}\\*{11}[0-9X]");
                assertThat(sheet.getRow(i).getCell(8).getStringCellValue()).isEqualTo("在住");
            }
        }
    }
}
