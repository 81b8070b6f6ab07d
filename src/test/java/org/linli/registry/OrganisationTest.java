package org.linli.registry;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@LinliTest
class OrganisationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAnOrganisationAfterItsCreditCodeIsCorrected() throws Exception {
        String page = mvc.perform(post("/organisations/new").with(as("worker")).with(csrf())
                        .param("name", "测试商贸有限公司").param("creditCode", "91330100799655058C").param("kind", "ENTERPRISE")
                        .param("placeCode", "150104001002001001").param("address", "巧报路1号").param("phone", "0471-6000001"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("统一社会信用代码校验位不正确").contains("value=\"测试商贸有限公司\"");
        mvc.perform(post("/organisations/new").with(as("worker")).with(csrf())
                        .param("name", "测试商贸有限公司").param("creditCode", "91330100799655058B").param("kind", "ENTERPRISE")
                        .param("placeCode", "150104001002001001").param("address", "巧报路1号").param("phone", "0471-6000001")
                        .param("contact", "孙经理"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/organisations").param("q", "测试商贸").with(as("worker")))
                .andReturn().getResponse().getContentAsString()).contains("91330100799655058B").contains("孙经理");
        String outside = mvc.perform(post("/organisations/new").with(as("worker")).with(csrf())
                        .param("name", "越权单位").param("kind", "ENTERPRISE").param("placeCode", "150104001004"))
                .andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("所在位置应为您管辖范围内");
    }

    @Test
    void organisationsAndCommitteesOutsideTheScopeAnswer404() throws Exception {
        long foreign = jdbc.sql("SELECT id FROM organisation WHERE division_path LIKE '/15/1501/150104/150104001/150104001004/%' LIMIT 1")
                .query(Long.class).single();
        mvc.perform(get("/organisations/{id}", foreign).with(as("worker"))).andExpect(status().isNotFound());
        long otherCommittee = jdbc.sql("SELECT id FROM division WHERE code = '150104001004'").query(Long.class).single();
        mvc.perform(get("/committees/{id}/entity", otherCommittee).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(post("/committees/{id}/entity", otherCommittee).with(as("worker")).with(csrf()).param("director", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCommitteesCreditCodeMustCarryItsCounty() throws Exception {
        long committee = jdbc.sql("SELECT id FROM division WHERE code = '150104001002'").query(Long.class).single();
        String page = mvc.perform(post("/committees/{id}/entity", committee).with(as("worker")).with(csrf())
                        .param("creditCode", "91350100M000100Y43").param("director", "张丽").param("establishedOn", "2000-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("统一社会信用代码中的行政区划码 350100 与本居村委会所在区县 150104 不一致");
        String code = "55150104MJ00000" + "1A";
        code = code + CreditCode.checkCharacter(code);
        mvc.perform(post("/committees/{id}/entity", committee).with(as("worker")).with(csrf())
                        .param("creditCode", code).param("director", "张丽").param("establishedOn", "2000-01-01")
                        .param("termStart", "2021-07-01").param("termEnd", "2026-06-30").param("members", "张丽、王强"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT credit_code FROM committee_entity WHERE division_id = :id").param("id", committee)
                .query(String.class).single()).isEqualTo(code);
    }

    @Test
    void everyDemoCommitteeIsALegalPersonWithAValidCode() {
        for (String code : jdbc.sql("SELECT credit_code FROM committee_entity").query(String.class).list()) {
            assertThat(CreditCode.problem(code)).isNull();
        }
        // all 133 committees of the demo district (its virtual community, coded 498, is outside the published
        // ranges and not imported); other tests may import more committees later
        assertThat(jdbc.sql("SELECT count(*) FROM committee_entity").query(Long.class).single()).isGreaterThanOrEqualTo(133);
    }
}
