package org.linli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.linli.testing.RegistryFixtures.OTHER_COMMITTEE;
import static org.linli.testing.RegistryFixtures.OWN_COMMITTEE;
import static org.linli.testing.RegistryFixtures.OWN_GRID;
import static org.linli.testing.RegistryFixtures.divisionId;
import static org.linli.testing.RegistryFixtures.idNumber;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.registry.internal.Vault;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue #11, 8: searches as an oracle. A whole phone or ID number (and, for a role without reveal,
 * an ID's last four) confirms hidden digits: such searches are audited and limited per account.
 * Enrolment answers an ID registered in another committee as one registered in one's own, and
 * audits the answer; a household of another committee (or outside the scope) cannot be joined.
 */
@LinliTest
class IdentifierOracleTest {

    private static final Pattern ERROR = Pattern.compile("data-testid=\"idNumber-error\"[^>]*>([^<]*)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vault vault;

    @Test
    void aGridWorkersExactPhoneSearchIsAuditedAndLimitedPerAccount() throws Exception {
        String grid = jdbc.sql("""
                        SELECT username FROM account WHERE role = 'GRID_WORKER' AND division_path LIKE :p || '%'
                          AND username <> 'grid' ORDER BY username LIMIT 1""")
                .param("p", OWN_COMMITTEE).query(String.class).single();
        String gridPath = jdbc.sql("SELECT division_path FROM account WHERE username = :u").param("u", grid).query(String.class).single();
        long resident = jdbc.sql("""
                        SELECT id FROM resident WHERE division_path LIKE :p || '%' AND phone_cipher IS NOT NULL ORDER BY id LIMIT 1""")
                .param("p", gridPath).query(Long.class).single();
        String phone = RegistryFixtures.phoneOf(jdbc, vault, resident);

        long audited = audited(grid);
        String found = mvc.perform(post("/api/residents/search").param("q", phone).with(as(grid)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("\"id\":" + resident);
        assertThat(audited(grid)).isEqualTo(audited + 1);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE actor = :u ORDER BY id DESC LIMIT 1").param("u", grid)
                .query(String.class).single()).doesNotContain(phone);

        for (int i = 1; i < 30; i++) {
            mvc.perform(post("/api/residents/search").param("q", phone).with(as(grid)).with(csrf())).andExpect(status().isOk());
        }
        String refused = mvc.perform(post("/api/residents/search").param("q", phone).with(as(grid)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("每小时最多 30 次").doesNotContain(phone);
        // the page and the export refuse too, and say so
        String page = mvc.perform(post("/residents").param("q", phone).with(as(grid)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"search-refused\"").doesNotContain("/residents/" + resident + "\"");
        String last4 = vault.decrypt(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :id").param("id", resident)
                .query(byte[].class).single()).substring(14);
        mvc.perform(post("/residents/export.xlsx").param("q", last4).with(as(grid)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("data-testid=\"search-refused\""));
    }

    @Test
    void anIdRegisteredInAnotherCommitteeAnswersAsOneRegisteredInOnesOwn() throws Exception {
        long building = divisionId(jdbc, "150104001002001001002");
        String own = RegistryFixtures.person(jdbc, vault, OWN_COMMITTEE).idNumber();
        String elsewhere = RegistryFixtures.person(jdbc, vault, OTHER_COMMITTEE).idNumber();
        long audited = audited("worker");
        String ownAnswer = idError(enrol(building, "重复甲", own, "户主", ""));
        String elsewhereAnswer = idError(enrol(building, "重复乙", elsewhere, "户主", ""));
        assertThat(elsewhereAnswer).isNotBlank().isEqualTo(ownAnswer);
        assertThat(audited("worker")).isEqualTo(audited + 2);
    }

    @Test
    void aNewResidentCannotJoinAHouseholdOfAnotherCommitteeOrOutsideTheScope() throws Exception {
        long building = divisionId(jdbc, "150104001002001001002");
        String otherHead = head(OTHER_COMMITTEE);
        String unknown = idNumber(LocalDate.of(1970, 3, 3), 301);
        String never = headError(enrol(building, "链接丙", idNumber(LocalDate.of(2012, 2, 2), 302), "子女", unknown));
        String across = headError(enrol(building, "链接丁", idNumber(LocalDate.of(2012, 2, 3), 304), "子女", otherHead));
        assertThat(across).isNotBlank().isEqualTo(never);
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE name IN ('链接丙', '链接丁')").query(Long.class).single()).isZero();

        // a grid worker cannot join a household of another grid of the same committee either
        String neighbourHead = jdbc.sql("""
                        SELECT id_cipher FROM resident WHERE division_path LIKE :c || '%' AND division_path NOT LIKE :g || '%'
                          AND relation = 'HEAD' ORDER BY id LIMIT 1""")
                .param("c", OWN_COMMITTEE).param("g", OWN_GRID).query(byte[].class).stream().map(vault::decrypt).findFirst().orElseThrow();
        String gridBuilding = jdbc.sql("""
                        SELECT id FROM division WHERE level = 'BUILDING' AND path LIKE :g || '%' ORDER BY id LIMIT 1""")
                .param("g", OWN_GRID).query(String.class).single();
        String fromGrid = headError(mvc.perform(form(Long.parseLong(gridBuilding), "链接戊", idNumber(LocalDate.of(2012, 2, 4), 306),
                "子女", neighbourHead).with(as("grid"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(fromGrid).isEqualTo(never);
    }

    private String head(String committee) {
        return jdbc.sql("SELECT id_cipher FROM resident WHERE division_path LIKE :c || '%' AND relation = 'HEAD' ORDER BY id LIMIT 1")
                .param("c", committee).query(byte[].class).stream().map(vault::decrypt).findFirst().orElseThrow();
    }

    private long audited(String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = :u AND action = 'PERSONAL_DATA_SEARCH'")
                .param("u", actor).query(Long.class).single();
    }

    private String enrol(long building, String name, String id, String relation, String head) throws Exception {
        return mvc.perform(form(building, name, id, relation, head).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder form(long building, String name, String idNumber, String relation, String head) {
        return post("/residents/new").with(csrf())
                .param("building", String.valueOf(building)).param("entrance", "1").param("room", "7702")
                .param("name", name).param("idNumber", idNumber).param("ethnicity", "汉族")
                .param("registration", "户籍在本地").param("relation", relation).param("headIdNumber", head);
    }

    private static String idError(String page) {
        return error(page, "idNumber");
    }

    private static String headError(String page) {
        return error(page, "headIdNumber");
    }

    private static String error(String page, String field) {
        Matcher m = Pattern.compile("data-testid=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? m.group(1).strip() : "";
    }
}
