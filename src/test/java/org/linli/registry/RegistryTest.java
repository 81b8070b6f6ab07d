package org.linli.registry;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.linli.testing.RegistryFixtures.OTHER_COMMITTEE;
import static org.linli.testing.RegistryFixtures.OWN_COMMITTEE;
import static org.linli.testing.RegistryFixtures.OWN_GRID;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.registry.internal.Vault;
import org.linli.testing.Events;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.RegistryFixtures.Person;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@LinliTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class RegistryTest {

    private static final String OWN = OWN_COMMITTEE;
    private static final String OTHER = OTHER_COMMITTEE;

    @Autowired
    TestClock clock;

    @Autowired
    EventPublicationRegistry events;

    @Autowired
    ResidentTags tags;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vault vault;

    @Test
    void identifiersAreStoredEncryptedAndHashed() {
        Person p = person(OWN);
        byte[] cipher = jdbc.sql("SELECT id_cipher FROM resident WHERE id = :id").param("id", p.id()).query(byte[].class).single();
        assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain(p.idNumber());
        assertThat(vault.decrypt(cipher)).isEqualTo(p.idNumber());
        byte[] hash = jdbc.sql("SELECT id_hash FROM resident WHERE id = :id").param("id", p.id()).query(byte[].class).single();
        assertThat(hash).isEqualTo(vault.hash(p.idNumber()));
    }

    @Test
    void findsByWholeIdNumberLastFourPhoneAndNameAndShowsThemMasked() throws Exception {
        Person p = person(OWN);
        for (String q : List.of(p.idNumber(), p.idNumber().substring(14), p.name())) {
            String page = mvc.perform(get("/residents").param("q", q).with(as("worker")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(p.idNumber().substring(0, 6) + "***********" + p.idNumber().substring(17));
            assertThat(page).doesNotContain(p.idNumber());
        }
        String phone = phoneOf(p.id());
        if (phone != null) {
            String page = mvc.perform(get("/residents").param("q", phone).with(as("worker")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone);
        }
    }

    @Test
    void listsAndPagesNeverCarryAWholeIdentifier() throws Exception {
        String list = mvc.perform(get("/residents").with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Long> ids = jdbc.sql("SELECT id FROM resident WHERE division_path LIKE :p || '%' ORDER BY division_path, name, id LIMIT 20")
                .param("p", OWN).query(Long.class).list();
        for (long id : ids) {
            String whole = vault.decrypt(jdbc.sql("SELECT id_cipher FROM resident WHERE id = :id").param("id", id)
                    .query(byte[].class).single());
            assertThat(list).doesNotContain(whole);
            String detail = mvc.perform(get("/residents/{id}", id).with(as("worker"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(detail).doesNotContain(whole);
        }
    }

    @Test
    void revealingAnIdNumberIsAudited() throws Exception {
        Person p = person(OWN);
        long before = reveals();
        String fragment = mvc.perform(post("/residents/{id}/reveal", p.id()).param("what", "ID_NUMBER")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains(p.idNumber());
        assertThat(reveals()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'PERSONAL_DATA_REVEAL' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("worker");
    }

    @Test
    void gridWorkersSeeMaskedDataButCannotReveal() throws Exception {
        Person p = person(OWN_GRID);
        mvc.perform(get("/residents/{id}", p.id()).with(as("grid"))).andExpect(status().isOk());
        long before = reveals();
        mvc.perform(post("/residents/{id}/reveal", p.id()).param("what", "ID_NUMBER").with(as("grid")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/residents").with(as("dept"))).andExpect(status().isForbidden());
        assertThat(reveals()).isEqualTo(before);
    }

    @Test
    void aCommunityWorkerCannotFindOrOpenAResidentOfAnotherCommittee() throws Exception {
        Person other = person(OTHER);
        String page = mvc.perform(get("/residents").param("q", other.idNumber()).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("共 0 人").doesNotContain(other.idNumber().substring(14) + "</td>");
        mvc.perform(get("/residents/{id}", other.id()).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/households/{id}", other.household()).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(post("/residents/{id}/reveal", other.id()).param("what", "ID_NUMBER").with(as("worker")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/residents/{id}/phone", other.id()).param("phone", "13912345678").with(as("worker")).with(csrf()))
                .andExpect(status().isNotFound());
        // the street sees both committees
        mvc.perform(get("/residents/{id}", other.id()).with(as("street"))).andExpect(status().isOk());
    }

    @Test
    void aBadPhoneIsRefusedInChineseAndAGoodOneIsKeptInTheHistory() throws Exception {
        Person p = person(OWN);
        String page = mvc.perform(post("/residents/{id}/phone", p.id()).param("phone", "1391234567").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("手机号应为 11 位，实为 10 位").contains("value=\"1391234567\"");
        mvc.perform(post("/residents/{id}/phone", p.id()).param("phone", "13912345678").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(phoneOf(p.id())).isEqualTo("13912345678");
        assertThat(jdbc.sql("SELECT new_value FROM resident_change WHERE resident_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", p.id()).query(String.class).single()).isEqualTo("139****5678");
    }

    @Test
    void householdCountsFeedTheSizingRules() {
        Events.settle(events);
        long fromRegistry = jdbc.sql("SELECT count(*) FROM household WHERE closed_on IS NULL AND division_path LIKE :p || '%'")
                .param("p", OWN).query(Long.class).single();
        long inProfile = jdbc.sql("""
                SELECT households FROM committee_profile cp JOIN division d ON d.id = cp.division_id WHERE d.path = :p""")
                .param("p", OWN).query(Long.class).single();
        assertThat(fromRegistry).isPositive().isEqualTo(inProfile);
    }

    @Test
    void demoPeopleLookLikeACityDistrict() {
        double perHousehold = jdbc.sql("SELECT count(*)::float / (SELECT count(*) FROM household) FROM resident")
                .query(Double.class).single();
        double aged60 = jdbc.sql("SELECT avg((birth_date <= :today - interval '60 years')::int) FROM resident")
                .param("today", clock.today()).query(Double.class).single();
        assertThat(perHousehold).isBetween(2.4, 2.8);
        assertThat(aged60).isBetween(0.17, 0.27);
    }

    @Test
    void exportsASearchResultMaskedAndOnlyAuditedWhenWhole() throws Exception {
        Person p = person(OWN);
        long before = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PERSONAL_DATA_EXPORT'").query(Long.class).single();
        byte[] masked = mvc.perform(post("/residents/export.xlsx").param("q", p.name()).with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(masked))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).contains("********");
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PERSONAL_DATA_EXPORT'").query(Long.class).single())
                .isEqualTo(before);
        byte[] whole = mvc.perform(post("/residents/export.xlsx").param("q", p.name()).param("reveal", "true")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(whole))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                found |= sheet.getRow(i).getCell(1).getStringCellValue().equals(p.idNumber());
            }
            assertThat(found).isTrue();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PERSONAL_DATA_EXPORT'").query(Long.class).single())
                .isEqualTo(before + 1);
        // a grid worker asking for whole numbers still gets masked ones, and nothing is audited
        byte[] grid = mvc.perform(post("/residents/export.xlsx").param("q", "").param("reveal", "true")
                        .with(as("grid")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(grid))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).contains("********");
        }
    }

    @Test
    void searchingByAWholeIdNumberByPostKeepsItOutOfTheUrlAndThePage() throws Exception {
        Person p = person(OWN);
        String page = mvc.perform(post("/residents").param("q", p.idNumber()).with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("按身份证号查询，共 1 人").doesNotContain(p.idNumber());
        mvc.perform(post("/residents").param("q", p.name()).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void sensitiveTagsAreHiddenFromGridWorkers() throws Exception {
        Person p = person(OWN_GRID);
        jdbc.sql("INSERT INTO resident_tag (resident_id, tag_code, since, created_by) VALUES (:r, 'COMMUNITY_CORRECTION', date '2025-01-01', 'test')")
                .param("r", p.id()).update();
        assertThat(mvc.perform(get("/residents/{id}", p.id()).with(as("worker"))).andReturn().getResponse().getContentAsString())
                .contains("社区矫正对象");
        assertThat(mvc.perform(get("/residents/{id}", p.id()).with(as("grid"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("社区矫正对象");
    }

    @Test
    void tagsAreAddedWithTheirDatesCheckedAndEndedWithoutLosingThem() throws Exception {
        Person p = person(OWN);
        String page = mvc.perform(post("/residents/{id}/tags", p.id()).param("tag", "DISABLED").param("since", "2024-05-01")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写残疾类别和等级，如“肢体三级”");
        mvc.perform(post("/residents/{id}/tags", p.id()).param("tag", "DISABLED").param("since", clock.today().plusDays(1).toString())
                        .param("detail", "肢体三级").with(as("worker")).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("开始日期不能晚于今天"));
        mvc.perform(post("/residents/{id}/tags", p.id()).param("tag", "DISABLED").param("since", "2024-05-01")
                        .param("detail", "肢体三级").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long tagId = jdbc.sql("SELECT id FROM resident_tag WHERE resident_id = :r AND tag_code = 'DISABLED' AND detail = '肢体三级'")
                .param("r", p.id()).query(Long.class).single();
        mvc.perform(post("/residents/{id}/tags/{tag}/end", p.id(), tagId).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT until FROM resident_tag WHERE id = :id").param("id", tagId)
                .query(java.time.LocalDate.class).single()).isEqualTo(clock.today());
        assertThat(mvc.perform(get("/residents/{id}", p.id()).with(as("worker"))).andReturn().getResponse().getContentAsString())
                .contains("残疾人·肢体三级");
        // a grid worker cannot assign a sensitive tag, even by posting its code
        mvc.perform(post("/residents/{id}/tags", p.id()).param("tag", "DRUG_REHAB").param("since", "2024-05-01")
                        .with(as("street")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Person g = person(OWN_GRID);
        String refused = mvc.perform(post("/residents/{id}/tags", g.id()).param("tag", "DRUG_REHAB").param("since", "2024-05-01")
                        .with(as("grid")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请选择标签");
    }

    @Test
    void demoTagRatesLookRealistic() {
        double disabled = jdbc.sql("""
                SELECT count(DISTINCT resident_id)::float / (SELECT count(*) FROM resident)
                FROM resident_tag WHERE tag_code = 'DISABLED' AND created_by = 'system'""").query(Double.class).single();
        assertThat(disabled).isBetween(0.04, 0.08);
        long aloneTagged = jdbc.sql("SELECT count(*) FROM resident_tag WHERE tag_code = 'LIVING_ALONE'").query(Long.class).single();
        assertThat(aloneTagged).isPositive();
    }

    @Test
    void movingAwayClosesTheRecordAndAnEmptyHouseholdWithoutDeletingAnything() throws Exception {
        long household = jdbc.sql("""
                SELECT household_id FROM resident WHERE division_path LIKE :p || '%' GROUP BY household_id
                HAVING count(*) = 1 ORDER BY household_id LIMIT 1""").param("p", OWN).query(Long.class).single();
        long resident = jdbc.sql("SELECT id FROM resident WHERE household_id = :h").param("h", household).query(Long.class).single();
        Events.settle(events);
        long before = jdbc.sql("SELECT households FROM committee_profile cp JOIN division d ON d.id = cp.division_id WHERE d.path = :p")
                .param("p", OWN).query(Long.class).single();
        mvc.perform(post("/residents/{id}/status", resident).param("status", "MOVED_AWAY")
                        .param("on", clock.today().plusDays(1).toString()).with(as("worker")).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("日期不能晚于今天"));
        mvc.perform(post("/residents/{id}/status", resident).param("status", "MOVED_AWAY")
                        .param("on", clock.today().toString()).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM resident WHERE id = :id").param("id", resident).query(String.class).single())
                .isEqualTo("MOVED_AWAY");
        assertThat(jdbc.sql("SELECT closed_on FROM household WHERE id = :h").param("h", household)
                .query(java.time.LocalDate.class).single()).isEqualTo(clock.today());
        Events.settle(events);
        assertThat(jdbc.sql("SELECT households FROM committee_profile cp JOIN division d ON d.id = cp.division_id WHERE d.path = :p")
                .param("p", OWN).query(Long.class).single()).isEqualTo(before - 1);
        assertThat(jdbc.sql("SELECT field FROM resident_change WHERE resident_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", resident).query(String.class).single()).isEqualTo("居住状态");
    }

    @Test
    void dwellingChangesAreCheckedAndKept() throws Exception {
        Person p = person(OWN);
        String bad = mvc.perform(post("/households/{id}/dwelling", p.household()).param("use", "RESIDENTIAL")
                        .param("floorArea", "八十").param("tenure", "RENTED").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("建筑面积应为数字，如 86.5").contains("value=\"八十\"");
        mvc.perform(post("/households/{id}/dwelling", p.household()).param("use", "COMMERCIAL")
                        .param("floorArea", "86.5").param("tenure", "RENTED").with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/households/{id}", p.household()).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("商用").contains("86.5 m²");
    }

    @Test
    void nothingPersonalReachesTheApplicationLog(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        Person p = person(OWN);
        mvc.perform(post("/residents").param("q", p.idNumber()).with(as("worker")).with(csrf()));
        mvc.perform(post("/residents/{id}/reveal", p.id()).param("what", "ID_NUMBER").with(as("worker")).with(csrf()));
        mvc.perform(post("/residents/{id}/phone", p.id()).param("phone", "1361234567").with(as("worker")).with(csrf()));
        assertThat(output.getAll()).doesNotContain(p.idNumber()).doesNotContain("1361234567");
    }

    @Test
    void theApiShowsResidentsMaskedAndWithinScope() throws Exception {
        Person p = person(OWN);
        String list = mvc.perform(get("/api/residents").param("q", p.name()).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(p.idNumber().substring(0, 6) + "***********" + p.idNumber().substring(17)).doesNotContain(p.idNumber());
        String one = mvc.perform(get("/api/residents/{id}", p.id()).with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(one).doesNotContain(p.idNumber()).contains("********");
        String phone = phoneOf(p.id());
        if (phone != null) {
            assertThat(one).doesNotContain(phone);
        }
        String found = mvc.perform(post("/api/residents/search").param("q", p.idNumber()).with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("\"total\":1").doesNotContain(p.idNumber());
        Person other = person(OTHER);
        mvc.perform(get("/api/residents/{id}", other.id()).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/residents").with(as("dept"))).andExpect(status().isForbidden());
    }

    /** Age tags follow the clock: a resident turns 60 the day the clock reaches their birthday. */
    @Test
    void ageTagsAreDerivedFromTheClock() {
        LocalDate today = clock.today();
        long id = jdbc.sql("""
                        SELECT id FROM resident WHERE division_path LIKE :p || '%' AND birth_date > :sixty
                        ORDER BY birth_date LIMIT 1""")
                .param("p", OWN).param("sixty", today.minusYears(60)).query(Long.class).single();
        LocalDate birth = jdbc.sql("SELECT birth_date FROM resident WHERE id = :id").param("id", id).query(LocalDate.class).single();
        var worker = (org.linli.shared.CurrentUser) users.loadUserByUsername("worker");
        assertThat(tags.of(id, worker)).extracting(ResidentTags.Held::code).doesNotContain("AGED_60");
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today, birth.plusYears(60)) + 1));
        assertThat(tags.of(id, worker)).filteredOn(h -> h.code().equals("AGED_60")).singleElement()
                .satisfies(h -> assertThat(h.since()).isEqualTo(birth.plusYears(60)));
    }

    private Person person(String path) {
        return RegistryFixtures.person(jdbc, vault, path);
    }

    private String phoneOf(long id) {
        return RegistryFixtures.phoneOf(jdbc, vault, id);
    }

    private long reveals() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PERSONAL_DATA_REVEAL'").query(Long.class).single();
    }
}
