package org.linli.registry;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.linli.testing.RegistryFixtures.divisionId;
import static org.linli.testing.RegistryFixtures.idNumber;
import static org.linli.testing.RegistryFixtures.withWrongCheck;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@LinliTest
class EnrolmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enrolsAHeadAndAMemberAtAPickedAddress() throws Exception {
        long building = building("150104001002001001002");
        mvc.perform(get("/residents/new").with(as("worker"))).andExpect(status().isOk());
        mvc.perform(get("/residents/new").param("building", String.valueOf(building)).with(as("worker")))
                .andExpect(status().isOk());

        String head = idNumber(LocalDate.of(1975, 5, 5), 201);
        String page = mvc.perform(form(building, "冯登记", withWrongCheck(head), "户主", "").param("phone", "1380"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("身份证号校验位不正确").contains("手机号应为 11 位，实为 4 位").contains("value=\"冯登记\"");

        mvc.perform(form(building, "冯登记", head, "户主", "")).andExpect(status().is3xxRedirection());
        String member = idNumber(LocalDate.of(2010, 6, 6), 202);
        mvc.perform(form(building, "冯小登", member, "子女", head)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(DISTINCT household_id) FROM resident WHERE name IN ('冯登记', '冯小登')")
                .query(Long.class).single()).isEqualTo(1);

        String again = mvc.perform(form(building, "冯登记", head, "户主", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("此身份证号已登记");
    }

    @Test
    void ethnicityIsChosenFromTheFiftySixAndNamesAreRefusedOnTheirFieldInTheFormsWords() throws Exception {
        long building = building("150104001002001001002");
        String form = mvc.perform(get("/residents/new").param("building", String.valueOf(building)).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<select class=\"form-select\" id=\"ethnicity\" name=\"ethnicity\"");
        assertThat(form.split("<option value=\"[^\"]+族\"", -1).length - 1).isEqualTo(56);

        String id = idNumber(LocalDate.of(1981, 2, 3), 205);
        String page = mvc.perform(form(building, "王3", id, "户主", "", "火星族"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("data-testid=\"ethnicity-error\"[^>]*>请从列表中选择民族<")
                .containsPattern("data-testid=\"name-error\"[^>]*>姓名只能填写汉字、字母和间隔号“·”，不能有数字或 &lt;、&gt; 等符号<")
                .doesNotContain("民族应为 56 个民族之一");
        String markup = mvc.perform(form(building, "<i>李</i>", id, "户主", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(markup).containsPattern("data-testid=\"name-error\"[^>]*>姓名只能填写").doesNotContain("<i>李</i>");
        String stranger = idNumber(LocalDate.of(1960, 2, 3), 207);
        String member = mvc.perform(form(building, "阿卜杜·热合曼", id, "子女", stranger, "维吾尔族"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(member).containsPattern("data-testid=\"headIdNumber-error\"[^>]*>没有找到这位户主")
                .doesNotContain("本文件").contains("value=\"阿卜杜·热合曼\"");
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE name IN ('王3', '阿卜杜·热合曼')").query(Long.class).single()).isZero();
    }

    @Test
    void cannotEnrolInABuildingOutsideTheScope() throws Exception {
        long other = building("150104001004001001001");
        mvc.perform(get("/residents/new").param("building", String.valueOf(other)).with(as("worker")))
                .andExpect(status().isNotFound());
        mvc.perform(form(other, "越权", idNumber(LocalDate.of(1980, 1, 1), 203), "户主", "")).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder form(long building, String name, String idNumber, String relation, String head) {
        return form(building, name, idNumber, relation, head, "汉族");
    }

    private MockHttpServletRequestBuilder form(long building, String name, String idNumber, String relation, String head,
                                               String ethnicity) {
        return post("/residents/new").with(as("worker")).with(csrf())
                .param("building", String.valueOf(building)).param("entrance", "1").param("room", "7701")
                .param("name", name).param("idNumber", idNumber).param("ethnicity", ethnicity)
                .param("registration", "户籍在本地").param("relation", relation).param("headIdNumber", head);
    }

    private long building(String code) {
        return divisionId(jdbc, code);
    }
}
