package org.linli.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.linli.testing.ReportFixtures.COMMITTEE_PATH;
import static org.linli.testing.ReportFixtures.OTHER_COMMITTEE_PATH;
import static org.linli.testing.ReportFixtures.OTHER_STREET_COMMITTEE_PATH;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.reports.requests.Issuing;
import org.linli.reports.templates.ReportTemplate;
import org.linli.reports.templates.TemplateAdmission;
import org.linli.reports.templates.TemplateEditing;
import org.linli.reports.templates.Templates;
import org.linli.testing.ReportFixtures;
import org.linli.testing.TestClock;
import org.linli.workitems.admission.Reviewing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The one set of tables from the department's template to its consolidated Excel file: forms
 * pre-filled with the registry's figures, corrections kept with their reasons, approval levels and
 * sending back, late and returned forms counted, and every reader limited to their own scope.
 */
@LinliTest
class SmartReportsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired TemplateEditing editing;
    @Autowired TemplateAdmission admission;
    @Autowired Templates templates;
    @Autowired Reviewing reviewing;
    @Autowired Issuing issuing;
    @Autowired EventPublicationRegistry events;
    @Autowired UserDetailsService users;

    ReportFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new ReportFixtures(editing, admission, templates, reviewing, issuing, events, users, jdbc);
        today = clock.today();
    }

    @Test
    void aFormArrivesPreFilledWithTheRegistrysFiguresForItsCommittee() {
        ReportTemplate template = fixtures.admitted("预填核对表", false, ReportFixtures.STREET, today);
        long request = fixtures.issue(template, today.minusMonths(1), today, today.plusDays(7), ReportFixtures.STREET);
        for (String committee : List.of(COMMITTEE_PATH, OTHER_COMMITTEE_PATH)) {
            Map<Long, BigDecimal> computed = computed(fixtures.formOf(request, committee));
            List<Long> fields = ReportFixtures.fieldIds(template);
            long[] living = livingCounts(committee, today);
            assertThat(computed.get(fields.get(0))).isEqualByComparingTo(BigDecimal.valueOf(living[0]));
            assertThat(computed.get(fields.get(1))).isEqualByComparingTo(BigDecimal.valueOf(living[1]));
            assertThat(computed.get(fields.get(2))).isEqualByComparingTo(BigDecimal.valueOf(living[2]));
            assertThat(computed.get(fields.get(3))).isEqualByComparingTo(BigDecimal.valueOf(living[3]));
            assertThat(living[0]).isPositive();
            assertThat(computed.get(fields.get(4))).isNull();
            assertThat(computed.get(fields.get(5))).isNull();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM report_form WHERE request_id = :r").param("r", request).query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM division WHERE parent_id = (SELECT id FROM division WHERE code = '150104001')"
                        + " AND level = 'COMMITTEE'").query(Long.class).single());
    }

    @Test
    void aCorrectionKeepsBothFiguresAndItsReasonAndIsRefusedWithoutOne() throws Exception {
        ReportTemplate template = fixtures.admitted("更正测试表", false, ReportFixtures.STREET, today);
        long request = fixtures.issue(template, today.minusMonths(1), today, today.plusDays(7), ReportFixtures.STREET);
        long form = fixtures.formOf(request, COMMITTEE_PATH);
        List<Long> fields = ReportFixtures.fieldIds(template);
        BigDecimal residents = computed(form).get(fields.get(0));
        String corrected = residents.add(BigDecimal.valueOf(3)).toPlainString();

        mvc.perform(entry(form, "", template, corrected, "", "2", "1").with(csrf()).with(as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("与系统预填的 " + residents.stripTrailingZeros().toPlainString() + " 不同，请说明更正理由")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + corrected + "\"")));
        assertThat(value(form, fields.get(0))).isEqualByComparingTo(residents);

        mvc.perform(entry(form, "", template, corrected, "3户新迁入尚未登记", "2", "1").with(csrf()).with(as("worker")))
                .andExpect(status().is3xxRedirection());
        assertThat(value(form, fields.get(0))).isEqualByComparingTo(corrected);
        assertThat(computed(form).get(fields.get(0))).isEqualByComparingTo(residents);
        assertThat(jdbc.sql("SELECT reason FROM report_value WHERE form_id = :f AND field_id = :d").param("f", form)
                .param("d", fields.get(0)).query(String.class).single()).isEqualTo("3户新迁入尚未登记");

        mvc.perform(entry(form, "/submit", template, corrected, "3户新迁入尚未登记", "2", "1")
                .with(csrf()).with(as("worker"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/forms/" + form).with(as("street"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3户新迁入尚未登记")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("系统预填 " + residents.stripTrailingZeros().toPlainString())));
    }

    @Test
    void typedFieldsAreNeededToSubmit() throws Exception {
        ReportTemplate template = fixtures.admitted("必填测试表", false, ReportFixtures.STREET, today);
        long request = fixtures.issue(template, today.minusMonths(1), today, today.plusDays(7), ReportFixtures.STREET);
        long form = fixtures.formOf(request, COMMITTEE_PATH);
        String residents = computed(form).get(ReportFixtures.fieldIds(template).get(0)).stripTrailingZeros().toPlainString();
        mvc.perform(entry(form, "/submit", template, residents, "", "", "1").with(csrf()).with(as("worker")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("请填写“危房户数”")));
        assertThat(formStatus(form)).isEqualTo("OPEN");
    }

    @Test
    void theStreetThenTheDistrictApproveAndAFormSentBackIsResubmitted() throws Exception {
        ReportTemplate template = fixtures.admitted("两级审核表", true, ReportFixtures.STREET, today);
        long request = fixtures.issue(template, today.minusMonths(1), today, today.plusDays(7), ReportFixtures.STREET);
        long form = fixtures.formOf(request, COMMITTEE_PATH);
        String residents = computed(form).get(ReportFixtures.fieldIds(template).get(0)).stripTrailingZeros().toPlainString();
        submit(form, template, residents);

        mvc.perform(post("/reports/forms/" + form + "/approve").with(csrf()).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("报表等待街道级审核")));
        mvc.perform(post("/reports/forms/" + form + "/return").param("reason", "").with(csrf()).with(as("street"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请填写退回理由")));
        mvc.perform(post("/reports/forms/" + form + "/return").param("reason", "危房户数与住建台账不符").with(csrf()).with(as("street")))
                .andExpect(status().is3xxRedirection());
        assertThat(formStatus(form)).isEqualTo("RETURNED");
        mvc.perform(get("/reports/forms/" + form).with(as("worker"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("危房户数与住建台账不符")));

        submit(form, template, residents);
        mvc.perform(post("/reports/forms/" + form + "/approve").with(csrf()).with(as("street"))).andExpect(status().is3xxRedirection());
        assertThat(formStatus(form)).isEqualTo("SUBMITTED");
        mvc.perform(post("/reports/forms/" + form + "/approve").with(csrf()).with(as("street"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("报表等待区级审核")));
        mvc.perform(post("/reports/forms/" + form + "/approve").with(csrf()).with(as("admin"))).andExpect(status().is3xxRedirection());
        assertThat(formStatus(form)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT string_agg(action || level, ',' ORDER BY at, id) FROM report_step WHERE form_id = :f")
                .param("f", form).query(String.class).single()).isEqualTo("SUBMIT0,RETURN1,SUBMIT0,APPROVE1,APPROVE2");
        assertThat(jdbc.sql("SELECT returned_count FROM report_form WHERE id = :f").param("f", form).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action LIKE 'REPORT_FORM_%' AND scope_path = :p")
                .param("p", COMMITTEE_PATH).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRequestIsRefusedForATemplateNotAdmittedAndForCommitteesOutsideItsAdmission() throws Exception {
        ReportTemplate draft = fixtures.draft("未准入表", false);
        long before = jdbc.sql("SELECT count(*) FROM report_request").query(Long.class).single();
        mvc.perform(post("/reports/templates/" + draft.id() + "/requests").param("periodFrom", today.minusMonths(1).toString())
                        .param("periodTo", today.toString()).param("deadline", today.plusDays(3).toString())
                        .param("targets", ReportFixtures.STREET).with(csrf()).with(as("dept2")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("准入后才能下发")));
        ReportTemplate admitted = fixtures.admitted("仅限本街道表", false, ReportFixtures.STREET, today);
        mvc.perform(post("/reports/templates/" + admitted.id() + "/requests").param("periodFrom", today.minusMonths(1).toString())
                        .param("periodTo", today.toString()).param("deadline", today.plusDays(3).toString())
                        .param("targets", "150104002").with(csrf()).with(as("dept2")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("不在准入范围或准入期限内")));
        assertThat(jdbc.sql("SELECT count(*) FROM report_request").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void lateAndReturnedFormsAreCounted() throws Exception {
        ReportTemplate template = fixtures.admitted("逾期统计表", false, ReportFixtures.STREET, today);
        long request = fixtures.issue(template, today.minusMonths(1), today, today, ReportFixtures.STREET);
        long form = fixtures.formOf(request, COMMITTEE_PATH);
        String residents = computed(form).get(ReportFixtures.fieldIds(template).get(0)).stripTrailingZeros().toPlainString();
        clock.advance(Duration.ofDays(2));
        submit(form, template, residents);
        mvc.perform(post("/reports/forms/" + form + "/return").param("reason", "请补充说明").with(csrf()).with(as("street")))
                .andExpect(status().is3xxRedirection());
        long forms = jdbc.sql("SELECT count(*) FROM report_form WHERE request_id = :r").param("r", request).query(Long.class).single();
        mvc.perform(get("/reports/requests/" + request).with(as("dept2"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"count-late\">" + forms + "<")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"count-returned\">1<")));
        assertThat(jdbc.sql("SELECT late FROM report_form WHERE id = :f").param("f", form).query(Boolean.class).single()).isTrue();
    }

    @Test
    void everyReaderIsLimitedToTheirScope() throws Exception {
        ReportTemplate template = fixtures.admitted("范围测试表", false, ReportFixtures.DISTRICT, today);
        long request = fixtures.issue(template, today.minusMonths(1), today, today.plusDays(7), ReportFixtures.DISTRICT);
        long own = fixtures.formOf(request, COMMITTEE_PATH);
        long other = fixtures.formOf(request, OTHER_COMMITTEE_PATH);
        long otherStreet = fixtures.formOf(request, OTHER_STREET_COMMITTEE_PATH);

        mvc.perform(get("/reports/requests/" + request).with(as("dept2"))).andExpect(status().isOk());
        mvc.perform(get("/reports/requests/" + request).with(as("dept"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/requests/" + request + "/export.xlsx").with(as("dept"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/forms/" + own).with(as("dept"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/templates/" + template.id() + "/requests/new").with(as("dept"))).andExpect(status().isNotFound());

        mvc.perform(get("/reports/forms/" + own).with(as("worker"))).andExpect(status().isOk());
        mvc.perform(get("/reports/forms/" + other).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(post("/reports/forms/" + other).param("values[0].fieldId", String.valueOf(template.fields().getFirst().id()))
                .param("values[0].value", "1").param("values[0].reason", "x").with(csrf()).with(as("worker"))).andExpect(status().isNotFound());

        mvc.perform(get("/reports/forms/" + other).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/reports/forms/" + otherStreet).with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(post("/reports/forms/" + otherStreet + "/approve").with(csrf()).with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/requests/" + request).with(as("street"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("row-" + otherStreet + "\""))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("row-" + other + "\"")));
        mvc.perform(get("/reports/requests/" + request).with(as("worker"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("row-" + other + "\""))));
    }

    @Test
    void theExcelFileHasTheDepartmentsHeadingsAndTheCommitteesFigures() throws Exception {
        ReportTemplate template = fixtures.admitted("导出测试表", false, ReportFixtures.STREET, today);
        long request = fixtures.issue(template, today.minusMonths(1), today, today.plusDays(7), ReportFixtures.STREET);
        long form = fixtures.formOf(request, COMMITTEE_PATH);
        String residents = computed(form).get(ReportFixtures.fieldIds(template).get(0)).stripTrailingZeros().toPlainString();
        submit(form, template, residents);
        mvc.perform(post("/reports/forms/" + form + "/approve").with(csrf()).with(as("street"))).andExpect(status().is3xxRedirection());

        byte[] file = mvc.perform(get("/reports/requests/" + request + "/export.xlsx").with(as("dept2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(text.formatCellValue(header.getCell(3))).isEqualTo("常住居民");
            assertThat(text.formatCellValue(header.getCell(7))).isEqualTo("危房(户)");
            assertThat(text.formatCellValue(header.getCell(8))).isEqualTo("加装电梯意向楼栋");
            Row row = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if ("五塔北街社区居委会".equals(text.formatCellValue(sheet.getRow(i).getCell(1)))) {
                    row = sheet.getRow(i);
                }
            }
            assertThat(row).isNotNull();
            assertThat(text.formatCellValue(row.getCell(2))).isEqualTo("已审核通过");
            assertThat(text.formatCellValue(row.getCell(3))).isEqualTo(residents);
            assertThat(text.formatCellValue(row.getCell(7))).isEqualTo("2");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(text.formatCellValue(total.getCell(0))).startsWith("合计");
            assertThat(text.formatCellValue(total.getCell(3))).isEqualTo(residents);
        }
    }

    @Test
    void aTypedFieldWithoutANameIsRefusedOnItsLineKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/reports/templates").param("name", "城镇危房排查统计表").param("purpose", "")
                        .param("fields[0].source", "registry.households").param("fields[1].source", "TYPED")
                        .param("fields[1].label", "").param("fields[1].unit", "户").with(csrf()).with(as("dept2")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("社区填写的字段须填写名称")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"城镇危房排查统计表\"")));
        mvc.perform(get("/reports/templates/new").with(as("worker"))).andExpect(status().isNotFound());
    }

    private void submit(long form, ReportTemplate template, String residents) throws Exception {
        mvc.perform(entry(form, "/submit", template, residents, "", "2", "1").with(csrf()).with(as("worker")))
                .andExpect(status().is3xxRedirection());
    }

    /** The form's fields as posted: the residents' figure (and reason), the other measures as computed, the two typed values. */
    private MockHttpServletRequestBuilder entry(long form, String action, ReportTemplate template, String residents,
                                                String reason, String typed1, String typed2) {
        MockHttpServletRequestBuilder post = post("/reports/forms/" + form + action);
        List<Long> fields = ReportFixtures.fieldIds(template);
        Map<Long, BigDecimal> computed = computed(form);
        for (int i = 0; i < fields.size(); i++) {
            String value = i == 0 ? residents : i == 4 ? typed1 : i == 5 ? typed2 : computed.get(fields.get(i)).toPlainString();
            post.param("values[" + i + "].fieldId", String.valueOf(fields.get(i))).param("values[" + i + "].value", value)
                    .param("values[" + i + "].reason", i == 0 ? reason : "");
        }
        return post;
    }

    private Map<Long, BigDecimal> computed(long form) {
        Map<Long, BigDecimal> values = new java.util.HashMap<>();
        jdbc.sql("SELECT field_id, computed FROM report_value WHERE form_id = :f").param("f", form)
                .query(rs -> {
                    values.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return values;
    }

    private BigDecimal value(long form, long field) {
        return jdbc.sql("SELECT value FROM report_value WHERE form_id = :f AND field_id = :d").param("f", form).param("d", field)
                .query(BigDecimal.class).single();
    }

    private String formStatus(long form) {
        return jdbc.sql("SELECT status FROM report_form WHERE id = :f").param("f", form).query(String.class).single();
    }

    /**
     * The registry's figures of a committee counted here plainly, not by the measures' SQL: living
     * residents born by the day, their households, those aged 60 or more by {@link Period}, and those
     * holding the disabled tag on the day.
     */
    private long[] livingCounts(String committee, LocalDate on) {
        record Person(long household, LocalDate birth) {
        }
        List<Person> people = jdbc.sql("""
                        SELECT household_id, birth_date FROM resident WHERE division_path LIKE :p || '%' AND status = 'LIVING'""")
                .param("p", committee).query((rs, i) -> new Person(rs.getLong(1), rs.getObject(2, LocalDate.class))).list()
                .stream().filter(p -> !p.birth().isAfter(on)).toList();
        long households = people.stream().map(Person::household).distinct().count();
        long aged = people.stream().filter(p -> Period.between(p.birth(), on).getYears() >= 60).count();
        long disabled = jdbc.sql("""
                        SELECT count(DISTINCT r.id) FROM resident r JOIN resident_tag t ON t.resident_id = r.id
                        WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date <= :on
                          AND t.tag_code = 'DISABLED' AND t.since <= :on AND (t.until IS NULL OR t.until > :on)""")
                .param("p", committee).param("on", on).query(Long.class).single();
        return new long[] {people.size(), households, aged, disabled};
    }
}
