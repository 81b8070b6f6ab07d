package org.linli.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.emergency.network.MemberRole;
import org.linli.registry.internal.Vault;
import org.linli.shared.Masks;
import org.linli.testing.EmergencyFixtures;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mobilisation list (issue #17, item 3): it follows the registry as it is now (a tag given or
 * ended, a resident moving away), its contacts stay masked outside a declared emergency (before it
 * begins, after it ends or passes its end) and are shown to the network while it lasts, audited; and
 * it keeps to the data scope.
 */
@LinliTest
class MobilisationTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Vault vault;
    @Autowired TestClock clock;
    @Autowired ApplicationContext context;

    EmergencyFixtures fixtures;

    @BeforeEach
    void network() {
        fixtures = new EmergencyFixtures(context);
        fixtures.member("worker", MemberRole.COMMITTEE);
        fixtures.member("grid", MemberRole.GRID);
    }

    @AfterEach
    void endWhatWasDeclared() {
        fixtures.endAll();
    }

    @Test
    void theListFollowsTheTagsAndTheAddressesOfTheRegistry() throws Exception {
        long id = fixtures.untaggedWithPhone(RegistryFixtures.OWN_GRID);
        assertThat(list("worker")).doesNotContain(row(id));

        fixtures.tag(id, "LIVING_ALONE");
        assertThat(list("worker")).as("living alone counts from 60").doesNotContain(row(id));

        fixtures.tag(id, "DISABLED");
        String shown = list("worker");
        assertThat(shown).contains(row(id));
        String path = jdbc.sql("SELECT division_path FROM resident WHERE id = :id").param("id", id).query(String.class).single();
        String building = shown.substring(shown.indexOf("data-path=\"" + path + "\""));
        assertThat(building.substring(0, building.indexOf("</section>"))).as("listed under the resident's building").contains(row(id));
        assertThat(list("grid")).contains(row(id));

        fixtures.untag(id, "DISABLED");
        assertThat(list("worker")).doesNotContain(row(id));

        fixtures.tag(id, "BEDRIDDEN");
        assertThat(list("worker")).contains(row(id));
        mvc.perform(post("/residents/{id}/status", id).param("status", "MOVED_AWAY").param("on", clock.today().toString())
                .with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(list("worker")).as("moved away").doesNotContain(row(id));
    }

    @Test
    void contactsAreMaskedOutsideADeclaredEmergencyAndTheDeclarationIsAudited() throws Exception {
        long id = fixtures.untaggedWithPhone(RegistryFixtures.OWN_GRID);
        fixtures.tag(id, "LEFT_BEHIND_CHILD");
        String name = jdbc.sql("SELECT name FROM resident WHERE id = :id").param("id", id).query(String.class).single();
        String phone = RegistryFixtures.phoneOf(jdbc, vault, id);
        assertThat(list("grid")).contains(Masks.name(name)).doesNotContain(phone).doesNotContain(">" + name + "<");

        long audited = audits("EMERGENCY_DECLARE");
        LocalDateTime now = LocalDateTime.now(clock);
        mvc.perform(post("/emergency/declarations").param("place", String.valueOf(grid())).param("kind", "FIRE")
                        .param("startsAt", LOCAL.format(now.plusHours(1))).param("endsAt", LOCAL.format(now.plusHours(3)))
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audits("EMERGENCY_DECLARE")).isEqualTo(audited + 1);
        assertThat(list("grid")).as("declared, not begun").doesNotContain(phone);

        clock.advance(Duration.ofHours(2));
        long reveals = audits("EMERGENCY_LIST_REVEAL");
        String during = list("grid");
        assertThat(during).contains(phone).contains(">" + name + "<");
        assertThat(audits("EMERGENCY_LIST_REVEAL")).isEqualTo(reveals + 1);
        // The notice is stored after the declaration commits; other modules' reactions to the day's
        // birthdays may still be running, so this waits for the notice itself rather than for every event.
        org.awaitility.Awaitility.await("the grid worker is told").atMost(Duration.ofSeconds(120))
                .until(() -> jdbc.sql("""
                                SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id
                                WHERE a.username = 'grid' AND n.link LIKE '/emergency/mobilisation%'""")
                        .query(Long.class).single() > 0);

        long declaration = jdbc.sql("SELECT max(id) FROM emergency_declaration").query(Long.class).single();
        mvc.perform(post("/emergency/mobilisation/reach").param("declaration", String.valueOf(declaration))
                        .param("resident", String.valueOf(id)).param("reached", "true").with(as("grid")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(list("grid")).contains("data-resident=\"" + id + "\" data-revealed=\"true\" data-reached=\"true\"");
        // The network keeps the list to the place declared and sees how far it has got.
        String focused = mvc.perform(get("/emergency/mobilisation").param("only", String.valueOf(declaration)).with(as("grid")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(focused).contains("data-declaration=\"" + declaration + "\"").contains(row(id)).contains("该应急范围内")
                .containsPattern("data-declaration=\"" + declaration + "\" data-total=\"[1-9]\\d*\" data-reached=\"1\"");
        // Only those not yet reached: the one marked reached leaves the list, and the count with it.
        String pending = mvc.perform(get("/emergency/mobilisation").param("only", String.valueOf(declaration))
                        .param("pending", "true").with(as("grid")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pending).doesNotContain(row(id)).contains("data-pending=\"true\"")
                .contains(TOTAL + (total(focused) - 1) + "\"");

        clock.advance(Duration.ofHours(2));
        assertThat(list("grid")).as("past its end").doesNotContain(phone).contains(Masks.name(name));
        assertThat(mvc.perform(post("/emergency/mobilisation/reach").param("declaration", String.valueOf(declaration))
                        .param("resident", String.valueOf(id)).param("reached", "false").with(as("grid")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("应急状态已结束，不能再标记");
    }

    @Test
    void endingAnEmergencyMasksTheListAgain() throws Exception {
        long id = fixtures.untaggedWithPhone(RegistryFixtures.OWN_GRID);
        fixtures.tag(id, "DISABLED");
        String phone = RegistryFixtures.phoneOf(jdbc, vault, id);
        mvc.perform(post("/emergency/declarations").param("place", String.valueOf(committee())).param("kind", "FLOOD")
                        .param("endsAt", LOCAL.format(LocalDateTime.now(clock).plusHours(5))).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(list("worker")).contains(phone);
        long declaration = jdbc.sql("SELECT max(id) FROM emergency_declaration").query(Long.class).single();
        long ended = audits("EMERGENCY_END");
        mvc.perform(post("/emergency/declarations/{id}/end", declaration).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audits("EMERGENCY_END")).isEqualTo(ended + 1);
        assertThat(list("worker")).doesNotContain(phone);
    }

    @Test
    void aDeclarationIsRefusedOnItsFieldsAndOutsideTheCommittee() throws Exception {
        String now = LOCAL.format(LocalDateTime.now(clock));
        String refused = mvc.perform(post("/emergency/declarations").param("place", String.valueOf(grid())).param("kind", "FIRE")
                        .param("endsAt", LOCAL.format(LocalDateTime.now(clock).minusHours(1))).with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("结束时间须晚于");
        long other = RegistryFixtures.divisionId(jdbc, "150104001004");
        assertThat(mvc.perform(post("/emergency/declarations").param("place", String.valueOf(other)).param("kind", "FIRE")
                        .param("startsAt", now).param("endsAt", LOCAL.format(LocalDateTime.now(clock).plusHours(1)))
                        .with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("应急范围须为本社区或其下的网格、小区、楼栋");
        mvc.perform(post("/emergency/declarations").param("place", String.valueOf(grid())).param("kind", "FIRE")
                        .param("endsAt", LOCAL.format(LocalDateTime.now(clock).plusHours(1))).with(as("grid")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListKeepsToTheDataScope() throws Exception {
        long id = fixtures.untaggedWithPhone(RegistryFixtures.OWN_GRID);
        fixtures.tag(id, "DISABLED");
        String otherGrid = fixtures.otherGridWorker();
        String otherWorker = fixtures.otherCommitteeWorker();
        String otherStreet = fixtures.otherStreetStaff();
        assertThat(list(otherGrid)).doesNotContain(row(id));
        assertThat(list(otherWorker)).doesNotContain(row(id));
        long committee = committee();
        mvc.perform(get("/emergency/mobilisation").param("committee", String.valueOf(committee)).with(as(otherStreet)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/emergency").param("committee", String.valueOf(committee)).with(as(otherStreet)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/emergency/mobilisation").param("committee", String.valueOf(committee)).with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(row(id));

        mvc.perform(post("/emergency/declarations").param("place", String.valueOf(grid())).param("kind", "GAS")
                        .param("endsAt", LOCAL.format(LocalDateTime.now(clock).plusHours(2))).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long declaration = jdbc.sql("SELECT max(id) FROM emergency_declaration").query(Long.class).single();
        fixtures.member(otherGrid, MemberRole.GRID);
        assertThat(list(otherGrid)).doesNotContain(row(id));
        mvc.perform(post("/emergency/mobilisation/reach").param("declaration", String.valueOf(declaration))
                .param("resident", String.valueOf(id)).param("reached", "true").with(as(otherGrid)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/emergency/declarations/{id}/end", declaration).with(as(otherWorker)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/emergency/mobilisation").with(as("dept"))).andExpect(status().isForbidden());
    }

    private String list(String username) throws Exception {
        return mvc.perform(get("/emergency/mobilisation").with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static final String TOTAL = "data-testid=\"mobilisation-total\" data-total=\"";

    /** The list's count of residents as the page states it. */
    private static long total(String page) {
        int at = page.indexOf(TOTAL) + TOTAL.length();
        return Long.parseLong(page.substring(at, page.indexOf('"', at)));
    }

    private static String row(long id) {
        return "data-resident=\"" + id + "\"";
    }

    private long audits(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a").param("a", action).query(Long.class).single();
    }

    private long grid() {
        return RegistryFixtures.divisionId(jdbc, "150104001002001");
    }

    private long committee() {
        return RegistryFixtures.divisionId(jdbc, "150104001002");
    }
}
