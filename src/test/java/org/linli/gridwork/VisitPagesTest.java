package org.linli.gridwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.casework.Categories;
import org.linli.division.Divisions;
import org.linli.registry.ResidentTags;
import org.linli.gridwork.visits.DueVisits;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.Events;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.VisitFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The visit pages with the demo district: a grid worker's list is their grid's, overdue first; a
 * resident of another grid is not found; sensitive groups only for roles that see them; a visit
 * moves the due date, and a need becomes a case whose number the need then shows.
 */
@LinliTest
class VisitPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventPublicationRegistry events;
    @Autowired
    TestClock clock;
    @Autowired
    Categories categories;
    @Autowired
    ResidentTags tags;
    @Autowired
    Divisions divisions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGridWorkersListIsTheirGridsOverdueFirst() throws Exception {
        DueVisits.Page page = list("grid", "/visits?when=ALL");
        assertThat(page.rows()).isNotEmpty();
        assertThat(page.rows()).allSatisfy(r -> assertThat(pathOf(r.residentId())).startsWith(RegistryFixtures.OWN_GRID));
        assertThat(page.rows()).extracting(DueVisits.Row::due).isSorted();
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.name()).contains("*"));

        long elsewhere = VisitFixtures.subjectOutside(jdbc, RegistryFixtures.OWN_GRID, RegistryFixtures.OWN_COMMITTEE);
        mvc.perform(get("/visits/residents/{id}/new", elsewhere).with(as("grid"))).andExpect(status().isNotFound());
        mvc.perform(get("/visits/residents/{id}/new", elsewhere).with(as("worker"))).andExpect(status().isOk());
        mvc.perform(get("/visits").with(as("resident"))).andExpect(status().isNotFound());
    }

    @Test
    void theExportIsTheListAsFilteredMaskedAndNoMore() throws Exception {
        DueVisits.Page page = list("grid", "/visits?when=ALL");
        byte[] file = mvc.perform(get("/visits.xlsx").param("when", "ALL").with(as("grid")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("one row per resident of the grid's list").isEqualTo((int) page.total());
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(page.rows().getFirst().name()).contains("*");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).doesNotContain("社区矫正", "戒毒", "刑满释放", "精神障碍");
            }
        }
        mvc.perform(get("/visits.xlsx").with(as("resident"))).andExpect(status().isNotFound());
    }

    @Test
    void aSensitiveGroupIsSeenOnlyByRolesThatMaySeeIt() throws Exception {
        long id = VisitFixtures.untaggedIn(jdbc, RegistryFixtures.OWN_GRID);
        VisitFixtures.tag(tags, divisions, clock, id, "COMMUNITY_CORRECTION");
        Events.settle(events);

        mvc.perform(get("/visits/residents/{id}/new", id).with(as("grid"))).andExpect(status().isNotFound());
        assertThat(list("grid", "/visits?when=ALL&tag=COMMUNITY_CORRECTION").rows())
                .extracting(DueVisits.Row::residentId).doesNotContain(id);
        assertThat(list("worker", "/visits?when=DUE&tag=COMMUNITY_CORRECTION").rows())
                .extracting(DueVisits.Row::residentId).contains(id);
        String form = page("worker", "/visits/residents/" + id + "/new");
        assertThat(form).contains("社区矫正对象").contains("data-testid=\"visit-sensitive\"");

        // A visit made because of the sensitive group only: the household's page shows it to the community, not the grid.
        mvc.perform(multipart("/visits/residents/{id}/new", id).param("visitedOn", clock.today().toString())
                        .param("way", "PHONE").param("met", "SELF").param("situation", "按时报到，情况稳定")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long household = VisitFixtures.householdOf(jdbc, id);
        assertThat(page("worker", "/visits/households/" + household)).contains("按时报到，情况稳定");
        assertThat(page("grid", "/visits/households/" + household)).doesNotContain("按时报到，情况稳定");

        // With a group that is not sensitive too, the grid worker visits them without learning the other.
        VisitFixtures.tag(tags, divisions, clock, id, "VETERAN");
        Events.settle(events);
        assertThat(page("grid", "/visits/residents/" + id + "/new")).contains("退役军人").doesNotContain("社区矫正");
    }

    @Test
    void aVisitMovesTheDueDateAndANeedBecomesACase() throws Exception {
        long id = VisitFixtures.untaggedIn(jdbc, RegistryFixtures.OWN_GRID);
        VisitFixtures.tag(tags, divisions, clock, id, "LIVING_ALONE");
        Events.settle(events);
        assertThat(VisitFixtures.subject(jdbc, id).orElseThrow().due()).isEqualTo(clock.today());
        String category = categories.active().getFirst().code();

        String future = mvc.perform(visit(id, clock.today().plusDays(1).toString(), category))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("走访日期不能晚于今天").contains("楼道灯坏了");

        String location = mvc.perform(visit(id, clock.today().toString(), category))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(VisitFixtures.subject(jdbc, id).orElseThrow().due()).isEqualTo(clock.today().plusDays(7));

        Events.settle(events);
        String visit = page("grid", location);
        Matcher number = Pattern.compile("data-case=\"(C[0-9-]+)\"").matcher(visit);
        assertThat(number.find()).as("the need shows the case's number").isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM case_record WHERE number = :n").param("n", number.group(1))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(visit).contains("data-testid=\"visit-photo\"");

        long household = VisitFixtures.householdOf(jdbc, id);
        assertThat(page("grid", "/visits/households/" + household)).contains("data-testid=\"household-visit\"");
        assertThat(list("grid", "/visits?when=OVERDUE").rows()).extracting(DueVisits.Row::residentId).doesNotContain(id);
    }

    private org.springframework.test.web.servlet.RequestBuilder visit(long id, String day, String category) {
        return multipart("/visits/residents/{id}/new", id)
                .file(new MockMultipartFile("photo", "visit.png", "image/png", CaseworkFixtures.PNG))
                .param("visitedOn", day).param("way", "HOME").param("met", "SELF").param("situation", "身体尚可，独自在家")
                .param("states", "WELL").param("needs[0].kind", "HOUSING").param("needs[0].text", "楼道灯坏了")
                .param("needs[0].handling", "CASE").param("needs[0].category", category)
                // rows of the form left blank, as a browser sends them
                .param("needs[1].kind", "OTHER").param("needs[1].text", "").param("needs[1].handling", "NOTED")
                .param("needs[1].category", "")
                .with(as("grid")).with(csrf());
    }

    private DueVisits.Page list(String who, String url) throws Exception {
        return (DueVisits.Page) mvc.perform(get(url).with(as(who))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("result");
    }

    private String page(String who, String url) throws Exception {
        return mvc.perform(get(url).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String pathOf(long residentId) {
        return jdbc.sql("SELECT division_path FROM resident WHERE id = :id").param("id", residentId).query(String.class).single();
    }
}
