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
    void cannotEnrolInABuildingOutsideTheScope() throws Exception {
        long other = building("150104001004001001001");
        mvc.perform(get("/residents/new").param("building", String.valueOf(other)).with(as("worker")))
                .andExpect(status().isNotFound());
        mvc.perform(form(other, "越权", idNumber(LocalDate.of(1980, 1, 1), 203), "户主", "")).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder form(long building, String name, String idNumber, String relation, String head) {
        return post("/residents/new").with(as("worker")).with(csrf())
                .param("building", String.valueOf(building)).param("entrance", "1").param("room", "7701")
                .param("name", name).param("idNumber", idNumber).param("ethnicity", "汉族")
                .param("registration", "户籍在本地").param("relation", relation).param("headIdNumber", head);
    }

    private long building(String code) {
        return divisionId(jdbc, code);
    }
}
