package org.linli.workitems.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.linli.testing.DemoDivisions;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The certificate counter with the demo district's list: found by the resident's words, recorded
 * at the worker's committee with the department named, the refusal notice naming the entry, its
 * basis and the authority; counted per kind and department per child division; nothing seen or
 * recorded across a street's or committee's boundary.
 */
@LinliTest
class CertificatePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Divisions divisions;

    @Autowired
    Departments departments;

    @Autowired
    CertificateFigures figures;

    @Autowired
    TestClock clock;

    @Test
    void theWorkerFindsTheCertificateByTheResidentsWords() throws Exception {
        String kin = page("/certificates?q=开个亲属关系证明", "worker");
        assertThat(kin).contains("data-title=\"亲属关系证明\"");
        assertThat(kin.indexOf("data-title=\"亲属关系证明\"")).isLessThan(indexOfOr(kin, "data-title=\"赡养和抚养关系证明\""));
        String crime = page("/certificates?q=无犯罪", "worker");
        assertThat(crime).contains("data-title=\"无犯罪记录证明\"", "公安机关");
        assertThat(crime.split("data-testid=\"certificate-result\"", -1)).hasSize(2);
        assertThat(page("/certificates?q=户口", "worker")).contains("data-title=\"户籍证明\"");
        assertThat(page("/certificates?q=开一张火星签证", "worker")).contains("data-testid=\"certificate-none\"");
        assertThat(page("/certificates", "worker").split("data-testid=\"certificate-result\"", -1)).hasSize(11);
        mvc.perform(get("/certificates").with(as("dept"))).andExpect(status().isForbidden());
    }

    @Test
    void aRecordedRequestPrintsTheNoticeAndIsCountedWithinScopeOnly() throws Exception {
        long kin = entry("亲属关系证明");
        String committeePath = divisions.findByCode(DemoDivisions.COMMITTEE).orElseThrow().path();
        long summoned = departments.summonableFrom(committeePath).getFirst().id();
        String summonedName = departments.get(summoned).name();
        Division street = divisions.findByCode(DemoDivisions.STREET).orElseThrow();
        TestUser streetStaff = TestUser.of(0, "street", "街道", Role.STREET_STAFF, street);
        long before = count(streetStaff, "亲属关系证明");

        assertThat(page("/certificates/new?entry=" + kin, "worker")).contains("data-testid=\"certificate-form\"", summonedName);
        String location = mvc.perform(post("/certificates").with(as("worker")).with(csrf()).param("entryId", String.valueOf(kin))
                        .param("departmentId", String.valueOf(summoned)).param("resident", "陈小明"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/certificates").with(as("worker")).with(csrf()).param("entryId", String.valueOf(kin))
                .param("department", "某商业银行")).andExpect(status().is3xxRedirection());
        assertThat(location).startsWith("/certificates/requests/");
        String notice = page(location, "worker");
        assertThat(notice).contains("不予出具证明告知书", "data-testid=\"notice-title\">亲属关系证明", "公证机构", "《中华人民共和国公证法》第十一条",
                "陈小明", summonedName, "五塔北街社区居委会");

        String list = page("/certificates", "street");
        assertThat(list).contains("陈**", "某商业银行").doesNotContain("陈小明");
        assertThat(page(location, "admin")).contains("亲属关系证明");
        assertThat(count(streetStaff, "亲属关系证明")).isEqualTo(before + 2);
        var shown = figures.of(streetStaff, null, null, 0, 100);
        int column = shown.columns().stream().map(Division::code).toList().indexOf(DemoDivisions.COMMITTEE);
        assertThat(shown.byKind().rows().stream().filter(r -> r.key().equals("亲属关系证明")).findFirst().orElseThrow()
                .counts().get(column)).isGreaterThanOrEqualTo(2);
        assertThat(shown.byDepartment().rows()).anySatisfy(r -> assertThat(r.key()).isEqualTo("某商业银行"));
        assertThat(page("/certificates/figures", "street")).contains("data-testid=\"figures-kind\"", "data-key=\"某商业银行\"",
                "data-column=\"" + DemoDivisions.COMMITTEE + "\"", "certificate-figures.js");
        assertThat(page("/certificates/figures", "admin")).contains("data-column=\"" + DemoDivisions.STREET + "\"");
        byte[] xlsx = mvc.perform(get("/certificates/figures.xlsx").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("证明事项");
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
        }

        Division otherCommittee = divisions.findByCode(DemoDivisions.OTHER_STREET_COMMITTEE).orElseThrow();
        Division otherStreet = divisions.findByCode("150104002").orElseThrow();
        TestUser.withAccount(jdbc, "cert-other-worker", "他街社工", Role.COMMUNITY_WORKER, otherCommittee);
        TestUser other = TestUser.withAccount(jdbc, "cert-other-street", "他街街道", Role.STREET_STAFF, otherStreet);
        mvc.perform(get(location).with(as("cert-other-worker"))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(as("cert-other-street"))).andExpect(status().isNotFound());
        assertThat(page("/certificates", "cert-other-worker")).doesNotContain("某商业银行");
        assertThat(figures.of(other, null, null, 0, 100).byDepartment().rows()).noneSatisfy(r -> assertThat(r.key()).isEqualTo("某商业银行"));
        assertThat(page("/certificates/figures", "cert-other-street")).doesNotContain("data-key=\"某商业银行\"");
    }

    @Test
    void onlyAWorkerRecordsAndOnlyAnEntryOfTheCertificateListInForce() throws Exception {
        long kin = entry("亲属关系证明");
        long total = jdbc.sql("SELECT count(*) FROM certificate_request").query(Long.class).single();
        String refused = mvc.perform(post("/certificates").with(as("street")).with(csrf()).param("entryId", String.valueOf(kin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-testid=\"certificate-refusal\"", "只有社区工作者在本社区登记证明申请");
        long negative = jdbc.sql("""
                        SELECT e.id FROM work_list_entry e JOIN work_list l ON l.id = e.list_id
                        WHERE l.kind = 'NEGATIVE' AND l.effective_from IS NOT NULL ORDER BY e.id LIMIT 1""").query(Long.class).single();
        mvc.perform(get("/certificates/new?entry=" + negative).with(as("worker"))).andExpect(status().isNotFound());
        String other = mvc.perform(post("/certificates").with(as("worker")).with(csrf()).param("entryId", String.valueOf(kin))
                        .param("departmentId", "999999").param("department", "已填写"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).contains("请从列表中选择部门", "value=\"已填写\"");
        assertThat(jdbc.sql("SELECT count(*) FROM certificate_request").query(Long.class).single()).isEqualTo(total);
    }

    private long count(TestUser user, String kind) {
        return figures.of(user, null, null, 0, 100).byKind().rows().stream().filter(r -> r.key().equals(kind))
                .mapToLong(CertificateFigures.Row::total).sum();
    }

    private long entry(String title) {
        return jdbc.sql("""
                        SELECT e.id FROM work_list_entry e JOIN work_list l ON l.id = e.list_id
                        WHERE l.kind = 'CERTIFICATE' AND l.region_path = '/15/1501/150104/' AND l.effective_from IS NOT NULL
                          AND e.title = :t ORDER BY l.version DESC LIMIT 1""").param("t", title).query(Long.class).single();
    }

    private static int indexOfOr(String text, String part) {
        int at = text.indexOf(part);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private String page(String url, String who) throws Exception {
        return mvc.perform(get(url).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
