package org.linli.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.emergency.preparedness.CommunityType;
import org.linli.testing.EmergencyFixtures;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A committee's preparations (issue #17, item 3): reserves flagged expiring within the rule book's
 * days and expired after their day, at the boundary days; drills recorded and refused in Chinese;
 * plans saved in versions from the template of their kind of community; and all of it within scope.
 */
@LinliTest
class PreparednessTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired ApplicationContext context;

    @Test
    void aReserveIsExpiringFromTheRuleBooksDaysBeforeItsExpiryAndExpiredAfterIt() throws Exception {
        String item = "测试物资-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate expires = clock.today().plusDays(31);
        mvc.perform(post("/emergency/reserves").param("item", item).param("quantity", "12").param("unit", "箱")
                        .param("location", "居委会库房").param("expiresOn", expires.toString()).with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // The default is 30 days: 31 days ahead is in order, 30 days ahead is expiring.
        assertThat(state(item)).isEqualTo("OK");
        clock.advance(Duration.ofDays(1));
        assertThat(state(item)).isEqualTo("EXPIRING");
        clock.advance(Duration.ofDays(30));
        assertThat(clock.today()).isEqualTo(expires);
        assertThat(state(item)).as("its last day").isEqualTo("EXPIRING");
        clock.advance(Duration.ofDays(1));
        assertThat(state(item)).isEqualTo("EXPIRED");
        assertThat(page(get("/emergency/reserves").param("state", "EXPIRED"), "worker")).contains(item);
        assertThat(page(get("/emergency/reserves").param("state", "OK"), "worker")).doesNotContain(item);
    }

    @Test
    void aDrillIsRecordedAndRefusedOnItsFields() throws Exception {
        String scenario = "地震疏散-" + UUID.randomUUID().toString().substring(0, 8);
        String refused = mvc.perform(post("/emergency/drills").param("heldOn", clock.today().plusDays(1).toString())
                        .param("scenario", scenario).param("participants", "0").param("who", "").param("findings", "楼道堆物")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("参加人数须为 1 到 100000 之间的整数").contains("请填写参加人员").contains(scenario);
        refused = mvc.perform(post("/emergency/drills").param("heldOn", clock.today().plusDays(1).toString())
                        .param("scenario", scenario).param("participants", "30").param("who", "居委会、物业").param("findings", "楼道堆物")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("演练日期不能晚于今天");
        mvc.perform(post("/emergency/drills").param("heldOn", clock.today().toString()).param("scenario", scenario)
                        .param("participants", "30").param("who", "居委会、物业").param("findings", "楼道堆物")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/emergency/drills"), "worker")).contains(scenario);
        long committee = RegistryFixtures.divisionId(jdbc, "150104001002");
        assertThat(page(get("/emergency/drills").param("committee", String.valueOf(committee)), "street")).contains(scenario);
        assertThat(page(get("/emergency/drills"), new EmergencyFixtures(context).otherCommitteeWorker())).doesNotContain(scenario);
    }

    @Test
    void aPlanIsSavedInVersionsFromItsTemplate() throws Exception {
        long before = jdbc.sql("SELECT coalesce(max(version), 0) FROM emergency_plan WHERE committee_path = :c")
                .param("c", RegistryFixtures.OWN_COMMITTEE).query(Long.class).single();
        var post = post("/emergency/plan").param("type", "VILLAGE").with(as("worker")).with(csrf());
        for (int i = 0; i < CommunityType.HEADINGS.size(); i++) {
            post.param("body", i == 2 ? "" : "第 " + i + " 节");
        }
        assertThat(mvc.perform(post).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("请填写“预警与信息报告”");
        var good = post("/emergency/plan").param("type", "VILLAGE").with(as("worker")).with(csrf());
        for (int i = 0; i < CommunityType.HEADINGS.size(); i++) {
            good.param("body", "第 " + i + " 节，版本 " + (before + 1));
        }
        mvc.perform(good).andExpect(status().is3xxRedirection());
        String shown = page(get("/emergency/plan"), "worker");
        assertThat(shown).contains("现行第 " + (before + 1) + " 版（村模板）").contains("山洪和地质灾害隐患点");
        assertThat(page(get("/emergency/plan").param("version", String.valueOf(before + 1)), "worker")).contains("第 6 节，版本 " + (before + 1));
    }

    @Test
    void thePreparationsKeepToTheScope() throws Exception {
        long committee = RegistryFixtures.divisionId(jdbc, "150104001002");
        EmergencyFixtures fixtures = new EmergencyFixtures(context);
        String otherStreet = fixtures.otherStreetStaff();
        for (String path : new String[] {"/emergency/plan", "/emergency/drills", "/emergency/reserves", "/emergency/network"}) {
            mvc.perform(get(path).param("committee", String.valueOf(committee)).with(as(otherStreet))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as("grid"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as("street"))).andExpect(status().isOk());
        }
        mvc.perform(post("/emergency/reserves").param("committee", String.valueOf(committee)).param("item", "越权").param("quantity", "1")
                .param("unit", "个").param("location", "外街道").with(as(otherStreet)).with(csrf())).andExpect(status().isNotFound());
        long reserve = jdbc.sql("SELECT id FROM emergency_reserve WHERE committee_path = :c ORDER BY id LIMIT 1")
                .param("c", RegistryFixtures.OWN_COMMITTEE).query(Long.class).optional().orElse(0L);
        mvc.perform(post("/emergency/reserves/{id}/remove", reserve).with(as(fixtures.otherCommitteeWorker())).with(csrf()))
                .andExpect(status().isNotFound());
        String refused = mvc.perform(post("/emergency/network").param("name", "李四").param("role", "VOLUNTEER").param("duty", "陪护")
                        .param("phone", "1234").param("account", "em-nobody").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("手机号应为 11 位");
    }

    private String state(String item) throws Exception {
        String shown = page(get("/emergency/reserves"), "worker");
        int at = shown.indexOf(item);
        assertThat(at).as(item).isPositive();
        String row = shown.substring(shown.lastIndexOf("data-testid=\"reserve\"", at), at);
        return row.replaceAll("(?s).*data-state=\"([A-Z]+)\".*", "$1");
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
