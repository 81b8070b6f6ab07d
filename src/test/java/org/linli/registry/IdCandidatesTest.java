package org.linli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.RegistryFixtures.OWN_GRID;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.registry.internal.Vault;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #11, 1: what a role without reveal is shown of a resident — the page, the API and the
 * masked export together — leaves at least 10,000 ID numbers it could be. Each demo account
 * without reveal looks at some residents of the demo grid, and the test counts the numbers
 * consistent with everything it saw.
 */
@LinliTest
class IdCandidatesTest {

    private static final Pattern MASK = Pattern.compile("[0-9*]{17}[0-9X*]");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AGE = Pattern.compile("(\\d+) 岁");
    private static final List<String> WITHOUT_REVEAL = List.of("grid", "dept", "resident");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vault vault;

    @Autowired
    TestClock clock;

    @Autowired
    JsonMapper json;

    /** What one account has seen of one resident. */
    private static final class Seen {
        String mask;
        LocalDate birthDate;
        Integer age;
        Boolean male;
        final Set<LocalDate> dates = new HashSet<>();

        void mask(String shown) {
            mask = IdCandidates.merge(mask, shown);
        }
    }

    @Test
    void whatARoleWithoutRevealIsShownLeavesAtLeastTenThousandCandidates() throws Exception {
        List<Long> residents = jdbc.sql("""
                        (SELECT id FROM resident WHERE division_path LIKE :p || '%' AND birth_date <= :today - interval '60 years'
                         ORDER BY id LIMIT 2)
                        UNION ALL
                        (SELECT id FROM resident WHERE division_path LIKE :p || '%' AND birth_date <= :today - interval '18 years'
                           AND birth_date > :today - interval '60 years' ORDER BY id LIMIT 2)""")
                .param("p", OWN_GRID).param("today", clock.today()).query(Long.class).list();
        assertThat(residents).hasSize(4);
        for (String account : WITHOUT_REVEAL) {
            for (long id : residents) {
                String whole = vault.decrypt(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :id").param("id", id)
                        .query(byte[].class).single());
                Seen seen = look(account, id);
                assertThat(candidates(seen, whole)).as("%s on resident %d", account, id).isGreaterThanOrEqualTo(10_000);
            }
        }
    }

    /**
     * A refusal must not tell the birth date either: a tag's first day just before and just after
     * the birthday (both in the year the age shown allows) get the same answer from a grid worker.
     */
    @Test
    void refusalsDoNotFindTheBirthDate() throws Exception {
        LocalDate today = clock.today();
        String tag = jdbc.sql("""
                        SELECT code FROM tag WHERE active AND NOT derived AND NOT sensitive AND needs_detail IS NULL
                        ORDER BY sort LIMIT 1""").query(String.class).single();
        Map<String, Object> r = jdbc.sql("""
                        SELECT id, birth_date FROM resident WHERE division_path LIKE :p || '%'
                          AND birth_date <= :today - interval '20 years' AND extract(doy FROM birth_date) BETWEEN 10 AND 300
                          AND abs(extract(doy FROM birth_date) - extract(doy FROM CAST(:today AS date))) > 5
                        ORDER BY id LIMIT 1""")
                .param("p", OWN_GRID).param("today", today).query().singleRow();
        LocalDate birth = ((java.sql.Date) r.get("birth_date")).toLocalDate();
        MockHttpServletResponse before = send(post("/residents/{id}/tags", r.get("id")).param("tag", tag)
                .param("since", birth.minusDays(1).toString()).with(csrf()), "grid");
        MockHttpServletResponse after = send(post("/residents/{id}/tags", r.get("id")).param("tag", tag)
                .param("since", birth.plusDays(1).toString()).with(csrf()), "grid");
        assertThat(after.getStatus()).isEqualTo(before.getStatus());
        assertThat(after.getContentAsString()).doesNotContain(birth.toString());
        assertThat(before.getContentAsString()).doesNotContain(birth.toString());
    }

    /**
     * Issue #11, 2: the resident table copied without the key (and what the change history and the
     * audit log say of the same residents) leaves at least 500 numbers for each. The region is taken
     * as known; the birth date and sex stay in clear for the age rules.
     */
    @Test
    void aCopyOfTheDatabaseWithoutTheKeyLeavesAtLeastFiveHundredCandidates() {
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM resident WHERE division_path LIKE :p || '%' ORDER BY id LIMIT 25")
                .param("p", OWN_GRID).query().listOfRows();
        assertThat(rows).hasSize(25);
        for (Map<String, Object> row : rows) {
            String whole = vault.decrypt((byte[]) row.get("id_cipher"));
            StringBuilder pattern = new StringBuilder(whole.substring(0, 6) + "*".repeat(12));
            row.forEach((column, value) -> {
                if (column.startsWith("id_") && column.contains("last4") && value instanceof String last4) {
                    pattern.replace(14, 18, last4);
                }
            });
            String known = pattern.toString();
            List<String> texts = new ArrayList<>(jdbc.sql("""
                            SELECT coalesce(old_value, '') || ' ' || coalesce(new_value, '') FROM resident_change WHERE resident_id = :id
                            UNION ALL
                            SELECT coalesce(target, '') || ' ' || coalesce(detail, '') FROM audit_log WHERE target LIKE '%' || :name || '%'""")
                    .param("id", row.get("id")).param("name", row.get("name")).query(String.class).list());
            for (String text : texts) {
                Matcher mask = MASK.matcher(text);
                while (mask.find()) {
                    if (mask.group().startsWith(whole.substring(0, 6))) {
                        known = IdCandidates.merge(known, mask.group());
                    }
                }
            }
            LocalDate birth = ((java.sql.Date) row.get("birth_date")).toLocalDate();
            long count = IdCandidates.count(known, List.of(birth), "MALE".equals(row.get("sex")));
            assertThat(count).as("resident %s", row.get("id")).isGreaterThanOrEqualTo(500);
        }
    }

    private Seen look(String account, long id) throws Exception {
        Seen seen = new Seen();
        String name = jdbc.sql("SELECT name FROM resident WHERE id = :id").param("id", id).query(String.class).single();
        MockHttpServletResponse page = send(get("/residents/" + id), account);
        if (page.getStatus() == 200) {
            readPage(page.getContentAsString(), seen);
        }
        MockHttpServletResponse one = send(get("/api/residents/" + id), account);
        if (one.getStatus() == 200) {
            readApi(json.readTree(one.getContentAsString()), seen);
        }
        MockHttpServletResponse list = send(get("/api/residents").param("q", name), account);
        if (list.getStatus() == 200) {
            for (JsonNode r : json.readTree(list.getContentAsString()).get("residents")) {
                if (r.get("id").asLong() == id) {
                    readApi(r, seen);
                }
            }
        }
        MockHttpServletResponse export = send(post("/residents/export.xlsx").param("q", name).with(csrf()), account);
        if (export.getStatus() == 200 && export.getContentAsByteArray().length > 0) {
            readExport(export.getContentAsByteArray(), name, seen);
        }
        return seen;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String account) throws Exception {
        return mvc.perform(request.with(as(account))).andReturn().getResponse();
    }

    private static void readPage(String html, Seen seen) {
        Matcher id = Pattern.compile("data-testid=\"id-number\">([^<]*)<").matcher(html);
        if (id.find()) {
            seen.mask(id.group(1).strip());
        }
        Matcher sexAndAge = Pattern.compile("(男|女) / ([^<]*)<").matcher(html);
        if (sexAndAge.find()) {
            seen.male = sexAndAge.group(1).equals("男");
            Matcher age = AGE.matcher(sexAndAge.group(2));
            if (age.find()) {
                seen.age = Integer.parseInt(age.group(1));
            }
        }
        Matcher dates = DATE.matcher(html);
        while (dates.find()) {
            seen.dates.add(LocalDate.parse(dates.group()));
        }
    }

    private static void readApi(JsonNode r, Seen seen) {
        if (r.hasNonNull("idNumber") && MASK.matcher(r.get("idNumber").asString()).matches()) {
            seen.mask(r.get("idNumber").asString());
        }
        if (r.hasNonNull("birthDate")) {
            seen.birthDate = LocalDate.parse(r.get("birthDate").asString());
        }
        if (r.hasNonNull("age")) {
            seen.age = r.get("age").asInt();
        }
        if (r.hasNonNull("sex")) {
            seen.male = r.get("sex").asString().equals("男");
        }
    }

    private static void readExport(byte[] file, String name, Seen seen) throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() == 0 || !name.equals(row.getCell(0).getStringCellValue())) {
                    continue;
                }
                String id = row.getCell(1).getStringCellValue();
                if (!MASK.matcher(id).matches()) {
                    continue;
                }
                seen.mask(id);
                String birth = row.getCell(3).getStringCellValue();
                if (!birth.isBlank()) {
                    seen.dates.add(LocalDate.parse(birth));
                }
            }
        }
    }

    /**
     * The numbers consistent with what was seen. The region is taken as known (the district of the
     * address gives it for most people); a date seen anywhere that could be the birth date (or the
     * day an age tag began, 60 or 80 years after it) narrows the birth dates to those.
     */
    private long candidates(Seen seen, String whole) {
        if (seen.mask == null) {
            return IdCandidates.ENOUGH;
        }
        String pattern = whole.substring(0, 6) + seen.mask.substring(6);
        LocalDate today = clock.today();
        List<LocalDate> births = seen.birthDate != null ? List.of(seen.birthDate)
                : seen.age != null ? IdCandidates.bornAtAge(seen.age, today) : IdCandidates.anyDay(today);
        List<LocalDate> hinted = new ArrayList<>();
        for (LocalDate d : births) {
            if (seen.dates.contains(d) || seen.dates.contains(d.plusYears(60)) || seen.dates.contains(d.plusYears(80))) {
                hinted.add(d);
            }
        }
        return IdCandidates.count(pattern, hinted.isEmpty() ? births : hinted, seen.male);
    }
}
