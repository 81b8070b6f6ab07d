package org.linli.deliberation.matters;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.access.Accounts;
import org.linli.deliberation.meetings.MeetingKind;
import org.linli.deliberation.topics.Procedure;
import org.linli.division.Divisions;
import org.linli.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The catalogue of matters: the law's defaults, kept by the street only, within scope, and named at pre-review. */
@LinliTest
class MatterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Divisions divisions;

    @Autowired
    Matters matters;

    @BeforeEach
    void otherStreetsAndCommittees() {
        accounts.createSystemAccount("m-street2", "郑敏", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow(), "x");
        accounts.createSystemAccount("m-resident4", "吴建华", Role.RESIDENT, divisions.findByCode("150104001004").orElseThrow(), "x");
    }

    @Test
    void aCatalogueStartsFromTheOrganicLawsOnce() throws Exception {
        mvc.perform(get("/matters").with(as("worker"))).andExpect(redirectedUrl("/matters/150104001002"));
        mvc.perform(get("/matters").with(as("resident"))).andExpect(redirectedUrl("/matters/150104001002"));
        String page = page("worker", "/matters/150104001002");
        assertThat(page).contains("涉及全体居民利益的重要问题").contains("城市居民委员会组织法第十条").contains("必须协商")
                .contains("居民会议").contains("小区议事会").doesNotContain("宅基地").doesNotContain("保存");
        page("resident", "/matters/150104001002");
        assertThat(count("150104001002")).isEqualTo(6);

        // A villagers' committee gets the matters of 村民委员会组织法 art. 24 before the villagers' meeting, under 四议两公开.
        var village = matters.catalogue(divisions.findByCode("150104002200").orElseThrow());
        assertThat(village).filteredOn(m -> "村民委员会组织法第二十四条".equals(m.basis())).hasSize(8)
                .allSatisfy(m -> {
                    assertThat(m.mandatory()).isTrue();
                    assertThat(m.body()).isEqualTo(MeetingKind.VILLAGERS_MEETING);
                    assertThat(m.procedure()).isEqualTo(Procedure.VILLAGE);
                });
        assertThat(village).extracting(Matter::name).contains("宅基地的使用方案", "征地补偿费的使用、分配方案");
        matters.catalogue(divisions.findByCode("150104002200").orElseThrow());
        assertThat(count("150104002200")).isEqualTo(village.size());
    }

    @Test
    void onlyTheCommitteesStreetEditsItsCatalogue() throws Exception {
        // The committee's own worker and residents read their catalogue but do not change it.
        for (String reader : new String[] {"worker", "resident", "grid"}) {
            assertThat(page(reader, "/matters/150104001002")).doesNotContain("新增事项");
            mvc.perform(entry("/matters/150104001002", "共有部位经营收益的使用", "RESIDENTS_MEETING").with(as(reader)))
                    .andExpect(status().isNotFound());
        }
        assertThat(page("street", "/matters/150104001005")).contains("新增事项");

        String errors = mvc.perform(post("/matters/150104001005").param("name", "共有部位经营收益的使用").param("mandatory", "")
                        .param("body", "VILLAGERS_MEETING").param("procedure", "URBAN").param("disclosureNote", "")
                        .with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请选择必须协商或可以协商").contains("请填写事后须公开的内容")
                .contains("value=\"共有部位经营收益的使用\"");
        // Which bodies fit the committee is checked once the form itself is complete.
        assertThat(mvc.perform(entry("/matters/150104001005", "共有部位经营收益的使用", "VILLAGERS_MEETING").with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("村民会议不适用于建华北街社区居委会").contains("value=\"共有部位经营收益的使用\"");
        assertThat(mvc.perform(entry("/matters/150104001005", "涉及全体居民利益的重要问题", "RESIDENTS_MEETING").with(as("street")))
                .andReturn().getResponse().getContentAsString()).contains("已在本目录中");

        mvc.perform(entry("/matters/150104001005", "共有部位经营收益的使用", "RESIDENTS_MEETING").with(as("street")))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("""
                        SELECT m.id FROM matter m JOIN division d ON d.id = m.committee_id
                        WHERE d.code = '150104001005' AND m.name = '共有部位经营收益的使用'""").query(Long.class).single();
        mvc.perform(post("/matters/150104001005/{id}", id).param("name", "共有部位经营收益的使用").param("mandatory", "false")
                        .param("body", "ESTATE_COUNCIL").param("procedure", "URBAN").param("disclosureKind", "FINANCE")
                        .param("disclosureNote", "收益及使用明细").with(as("street")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT mandatory || ':' || body || ':' || disclosure_kind FROM matter WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("false:ESTATE_COUNCIL:FINANCE");
        mvc.perform(post("/matters/150104001005/{id}/active", id).param("active", "false").with(as("worker")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/matters/150104001005/{id}/active", id).param("active", "false").with(as("street")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long committee = divisions.findByCode("150104001005").orElseThrow().id();
        assertThat(matters.active(committee)).extracting(Matter::name).doesNotContain("共有部位经营收益的使用");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'MATTER_SAVE' AND target LIKE '%共有部位经营收益的使用'")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void catalogueStaysWithinStreetsAndCommittees() throws Exception {
        mvc.perform(get("/matters/150104001002").with(as("m-street2"))).andExpect(status().isNotFound());
        mvc.perform(entry("/matters/150104001002", "越权新增的事项", "RESIDENTS_MEETING").with(as("m-street2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/matters").param("committee", "150104001002").with(as("m-street2"))).andExpect(status().isNotFound());
        mvc.perform(get("/matters/150104001004").with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/matters/150104001002").with(as("m-resident4"))).andExpect(status().isNotFound());
        mvc.perform(get("/matters/150104001").with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/matters").with(as("dept"))).andExpect(status().isForbidden());
        assertThat(page("street", "/matters")).contains("五塔寺前街社区居委会").doesNotContain("大玉石巷社区居委会");
        mvc.perform(get("/matters").param("committee", "150104001004").with(as("street")))
                .andExpect(redirectedUrl("/matters/150104001004"));
    }

    @Test
    void preReviewAdmitsATopicUnderAnEntryAndTheTopicShowsWhoDecides() throws Exception {
        long committee = divisions.findByCode("150104001002").orElseThrow().id();
        long lift = matters.active(committee).stream().filter(m -> m.body() == MeetingKind.ESTATE_COUNCIL).findFirst().orElseThrow().id();
        long foreign = matters.active(divisions.findByCode("150104001004").orElseThrow().id()).getFirst().id();
        String location = mvc.perform(post("/topics").param("title", "7 号楼加装电梯").param("body", "7 号楼住户希望加装电梯，费用按楼层分摊。")
                        .with(as("resident")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long topic = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page("worker", "/topics/" + topic)).contains("议事协商事项目录中的事项").contains("小区（院落）公共事务");

        assertThat(mvc.perform(post("/topics/{id}/review", topic).param("outcome", "ADMITTED").param("matter", String.valueOf(foreign))
                .with(as("worker")).with(csrf())).andReturn().getResponse().getContentAsString())
                .contains("请选择本居（村）委会议事协商事项目录中的事项");
        mvc.perform(post("/topics/{id}/review", topic).param("outcome", "ADMITTED").param("matter", String.valueOf(lift))
                .with(as("worker")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT matter_id FROM topic WHERE id = :id").param("id", topic).query(Long.class).single()).isEqualTo(lift);
        assertThat(page("resident", "/topics/" + topic)).contains("议事目录：小区（院落）公共事务").contains("由小区议事会决定");
    }

    private MockHttpServletRequestBuilder entry(String path, String name, String body) {
        return post(path).param("name", name).param("mandatory", "true").param("body", body).param("procedure", "URBAN")
                .param("disclosureNote", "决定事项及实施情况").with(csrf());
    }

    private long count(String code) {
        return jdbc.sql("SELECT count(*) FROM matter m JOIN division d ON d.id = m.committee_id WHERE d.code = :c")
                .param("c", code).query(Long.class).single();
    }

    private String page(String who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
