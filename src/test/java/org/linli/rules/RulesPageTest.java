package org.linli.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The rule book page: administrators set and cancel values of their region only; street staff read. */
@LinliTest
class RulesPageTest {

    private static final String KEY = ExampleRules.PAGE.key();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    RuleBook book;

    @Test
    void anAdministratorSchedulesAValueAndCancelsIt() throws Exception {
        LocalDate nextWeek = clock.today().plusDays(7);
        String page = page("admin");
        assertThat(page).contains("data-testid=\"rule-form-" + KEY + "\"").contains("data-testid=\"sizing-link\"");
        assertThat(inForce(page, KEY)).isEqualTo("15 个工作日");

        set("150104", "20", nextWeek).andExpect(redirectedUrl("/rules#" + KEY));
        page = page("admin");
        assertThat(inForce(page, KEY)).as("not before its date").isEqualTo("15 个工作日");
        assertThat(cell(page, "scheduled-" + KEY)).contains(nextWeek + " 起 20 个工作日");
        long id = jdbc.sql("SELECT id FROM rule_value WHERE rule_key = :k AND effective_from = :d")
                .param("k", KEY).param("d", nextWeek).query(Long.class).single();
        assertThat(page).contains("data-testid=\"cancel-" + id + "\"");
        assertThat(cell(page("street"), "scheduled-" + KEY)).as("the street sees what comes").contains("20");

        mvc.perform(post("/rules/values/{id}/cancel", id).with(as("admin")).with(csrf())).andExpect(redirectedUrl("/rules"));
        assertThat(cell(page("admin"), "scheduled-" + KEY)).doesNotContain("20");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_log WHERE action IN ('RULE_SET', 'RULE_CANCEL') AND target = '延期上限'
                        AND scope_path = '/15/1501/150104/'""")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aStreetOfTheDistrictGetsItsOwnValue() throws Exception {
        LocalDate tomorrow = clock.today().plusDays(1);
        set("150104001", "12", tomorrow).andExpect(redirectedUrl("/rules#" + KEY));
        assertThat(cell(page("admin"), "below-" + KEY)).contains("小召前街街道").contains("12");
        assertThat(cell(page("street"), "scheduled-" + KEY)).contains(tomorrow + " 起 12");
        long id = jdbc.sql("SELECT id FROM rule_value WHERE rule_key = :k AND region_path = :p")
                .param("k", KEY).param("p", "/15/1501/150104/150104001/").query(Long.class).single();
        mvc.perform(post("/rules/values/{id}/cancel", id).with(as("admin")).with(csrf())).andExpect(redirectedUrl("/rules"));
        assertThat(page("admin")).doesNotContain("data-testid=\"below-" + KEY + "\"");
    }

    @Test
    void eachSubjectIsShownByNameWithItsOwnValue() throws Exception {
        book.seed(ExampleRules.LIMITS, "WATER", "24h", "示例：水电气暖");
        String key = ExampleRules.LIMITS.key();
        String page = page("street");
        assertThat(cell(page, "rule-" + key)).contains("水电气暖");
        assertThat(inForce(page, key + "/WATER")).isEqualTo("24h");
        assertThat(inForce(page, key)).isEqualTo("7d");

        mvc.perform(post("/rules/values").with(as("admin")).with(csrf()).param("rule", key).param("subject", "WATER")
                .param("region", "150104").param("value", "36h").param("effectiveFrom", clock.today().plusDays(2).toString()))
                .andExpect(redirectedUrl("/rules#" + key));
        assertThat(cell(page("street"), "scheduled-" + key + "/WATER")).contains("36h");
        assertThat(cell(page("street"), "scheduled-" + key)).doesNotContain("36h");
        long id = jdbc.sql("SELECT id FROM rule_value WHERE rule_key = :k AND subject = 'WATER' AND region_path <> '/'")
                .param("k", key).query(Long.class).single();
        mvc.perform(post("/rules/values/{id}/cancel", id).with(as("admin")).with(csrf())).andExpect(redirectedUrl("/rules"));
    }

    @Test
    void aRefusedValueIsShownWithWhatWasTyped() throws Exception {
        String page = set("150104", "九十", clock.today()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(cell(page, "value-error-" + KEY)).isEqualTo("延期上限应为整数");
        assertThat(page).contains("value=\"九十\"");
        page = set("150104", "30", clock.today().minusDays(1)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(cell(page, "from-error-" + KEY)).startsWith("施行日期不能早于今天");
    }

    @Test
    void streetStaffReadOnlyAndOthersDoNotSeeTheBook() throws Exception {
        String page = page("street");
        assertThat(page).contains("data-testid=\"rule-" + KEY + "\"").doesNotContain("data-testid=\"rule-form-");
        assertThat(cell(page, "rules-region")).isEqualTo("小召前街街道");
        set("150104001", "20", clock.today().plusDays(1), "street").andExpect(status().isNotFound());
        mvc.perform(get("/rules").with(as("worker"))).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorCannotTouchAnotherRegion() throws Exception {
        set("511102", "20", clock.today().plusDays(1)).andExpect(status().isNotFound());
        long theirs = jdbc.sql("""
                        INSERT INTO rule_value (rule_key, region_path, value, effective_from, set_by, set_at)
                        VALUES (:k, '/51/5111/511102/', '25', :d, 'leshan', :now) RETURNING id""")
                .param("k", KEY).param("d", clock.today().plusDays(5)).param("now", clock.now())
                .query(Long.class).single();
        mvc.perform(post("/rules/values/{id}/cancel", theirs).with(as("admin")).with(csrf())).andExpect(status().isNotFound());
        long national = jdbc.sql("SELECT id FROM rule_value WHERE rule_key = :k AND region_path = '/'")
                .param("k", KEY).query(Long.class).single();
        mvc.perform(post("/rules/values/{id}/cancel", national).with(as("admin")).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM rule_value WHERE id IN (:a, :b)").param("a", theirs).param("b", national)
                .query(Long.class).single()).isEqualTo(2);
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/rules").with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private ResultActions set(String region, String value, LocalDate from) throws Exception {
        return set(region, value, from, "admin");
    }

    private ResultActions set(String region, String value, LocalDate from, String user) throws Exception {
        return mvc.perform(post("/rules/values").with(as(user)).with(csrf()).param("rule", KEY).param("region", region)
                .param("value", value).param("effectiveFrom", from.toString()).param("source", "").param("note", "测试"));
    }

    private static String inForce(String page, String testId) {
        return cell(page, "in-force-" + testId);
    }

    /** The text of the element with the test id (its tags removed, spaces collapsed). */
    private static String cell(String page, String testId) {
        int at = page.indexOf("data-testid=\"" + testId + "\"");
        assertThat(at).as(testId).isNotNegative();
        String tag = page.substring(page.lastIndexOf('<', at) + 1, at).split("\\s")[0];
        int start = page.indexOf('>', at) + 1;
        int end = start;
        for (int depth = 1; depth > 0; ) {
            int open = page.indexOf("<" + tag, end);
            int close = page.indexOf("</" + tag + ">", end);
            if (open >= 0 && open < close) {
                depth++;
                end = open + 1;
            } else {
                depth--;
                end = depth == 0 ? close : close + 1;
            }
        }
        return page.substring(start, end).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }
}
