package org.linli.benefits;

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
import org.linli.benefits.catalogue.BenefitKind;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.CatalogueEditing;
import org.linli.benefits.catalogue.StandardBenefit;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue's pages with the demo district: who reads them, who writes a rule, refusals shown
 * on their fields with what was typed, and nothing found outside the user's region.
 */
@LinliTest
class BenefitPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalogue catalogue;

    @Autowired
    CatalogueEditing editing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void theDemoCatalogueIsListedWithItsVersionAndFiguresForEveryRegistryRole() throws Exception {
        String admin = page(get("/benefits"), "admin");
        assertThat(admin).contains("data-testid=\"benefit-150104-AGED-80\"", "data-testid=\"benefit-150104-ENTITLED-PENSION\"",
                "高龄津贴（80–89 岁）", "第 1 版", "data-testid=\"benefit-new\"");
        long found = jdbc.sql("""
                        SELECT count(*) FROM benefit_match m JOIN benefit b ON b.id = m.benefit_id
                        WHERE b.code = '150104-AGED-80' AND m.closed_at IS NULL""").query(Long.class).single();
        assertThat(found).isPositive();
        String grid = page(get("/benefits"), "grid");
        assertThat(grid).contains("高龄津贴（80–89 岁）").doesNotContain("data-testid=\"benefit-new\"");
        mvc.perform(get("/benefits").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/benefits").with(as("dept"))).andExpect(status().isNotFound());

        long id = catalogue.findByCode("150104-AGED-80").orElseThrow().id();
        assertThat(page(get("/benefits/{id}", id), "worker")).contains("data-testid=\"rule-versions\"", "现行")
                .doesNotContain("data-testid=\"rule-edit\"");
        assertThat(page(get("/benefits/{id}", id), "admin")).contains("data-testid=\"rule-edit\"");
        mvc.perform(get("/benefits/{id}/rule", id).with(as("worker"))).andExpect(status().isNotFound());
    }

    @Test
    void aBadRuleComesBackAtItsPositionWithTheTextKeptAndAPastDayIsRefused() throws Exception {
        long id = newBenefit("PAGES-BAD", "age >= 75");
        String refused = mvc.perform(post("/benefits/{id}/rule", id).with(as("admin")).with(csrf())
                        .param("rule", "age >= 75 && tgas.exists(t, t == \"DISABLED\")"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-testid=\"rule-error\"", "tgas.exists(t, t == &quot;DISABLED&quot;)");
        assertThat(catalogue.draft(id).orElseThrow().source()).isEqualTo("age >= 75");

        mvc.perform(post("/benefits/{id}/rule", id).with(as("admin")).with(csrf()).param("rule", "age >= 76"))
                .andExpect(redirectedUrl("/benefits/" + id + "/rule"));
        String preview = page(get("/benefits/{id}/rule/preview", id), "admin");
        assertThat(preview).contains("data-testid=\"preview-committees\"", "data-testid=\"preview-sample\"", "data-testid=\"publish\"");

        LocalDate yesterday = clock.today().minusDays(1);
        String past = mvc.perform(post("/benefits/{id}/rule/publish", id).with(as("admin")).with(csrf())
                        .param("version", "1").param("effectiveFrom", yesterday.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("data-testid=\"publish-error\"", "施行日期不能早于今天");
        assertThat(catalogue.inForce(id, clock.today())).isEmpty();

        mvc.perform(post("/benefits/{id}/rule/publish", id).with(as("admin")).with(csrf())
                        .param("version", "1").param("effectiveFrom", clock.today().toString()))
                .andExpect(redirectedUrl("/benefits/" + id));
        assertThat(catalogue.inForce(id, clock.today()).orElseThrow().source()).isEqualTo("age >= 76");
    }

    @Test
    void onlyTheRegionsAdministratorsWriteAndNothingOutsideTheRegionIsFound() throws Exception {
        long id = newBenefit("PAGES-WHO", "age >= 77");
        for (String other : new String[] {"street", "worker", "grid"}) {
            mvc.perform(post("/benefits/{id}/rule/publish", id).with(as(other)).with(csrf())
                    .param("version", "1").param("effectiveFrom", clock.today().toString())).andExpect(status().isNotFound());
            mvc.perform(post("/benefits/{id}/rule", id).with(as(other)).with(csrf()).param("rule", "age >= 1"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/benefits/new").with(as("street"))).andExpect(status().isNotFound());
        assertThat(catalogue.inForce(id, clock.today())).isEmpty();

        // a benefit of another district: not found by the demo district's administrator
        long elsewhere = editing.seed(new StandardBenefit("150105-PAGES-ELSEWHERE", "外区政策", BenefitKind.ALLOWANCE, null, null, null,
                1, "age >= 80"), "/15/1501/150105/", clock.today(), "system").id();
        mvc.perform(get("/benefits/{id}", elsewhere).with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/benefits/{id}/rule/publish", elsewhere).with(as("admin")).with(csrf())
                .param("version", "2").param("effectiveFrom", clock.today().toString())).andExpect(status().isNotFound());
        assertThat(page(get("/benefits"), "admin")).doesNotContain("外区政策");
    }

    @Test
    void aNewBenefitIsRefusedOnItsFieldsWithWhatWasTyped() throws Exception {
        String refused = mvc.perform(post("/benefits").with(as("admin")).with(csrf()).param("code", "坏 编码")
                        .param("name", "").param("kind", "ALLOWANCE").param("rule", "age >= 70"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("政策编码只能由字母、数字", "请填写政策名称", "坏 编码");
        mvc.perform(post("/benefits").with(as("admin")).with(csrf()).param("code", "PAGES-NEW")
                        .param("name", "新政策").param("kind", "REVIEW").param("rule", "age >= 70"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.findByCode("PAGES-NEW")).hasValueSatisfying(b -> assertThat(b.regionPath()).isEqualTo("/15/1501/150104/"));
    }

    private long newBenefit(String code, String rule) throws Exception {
        mvc.perform(post("/benefits").with(as("admin")).with(csrf()).param("code", code).param("name", "测试 " + code)
                .param("kind", "ALLOWANCE").param("rule", rule)).andExpect(status().is3xxRedirection());
        return catalogue.findByCode(code).orElseThrow().id();
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
            throws Exception {
        return mvc.perform(request.with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
