package org.linli.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.registry.internal.Vault;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.VolunteerFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registration, the time bank and data scope: a resident is registered by ID number (check digit
 * first) or by name and phone; the balance never goes negative; a worker of another committee finds
 * none of this committee's volunteers or activities, and a resident sees only their own record.
 */
@LinliTest
class VolunteerScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Vault vault;

    @Test
    void theCommitteeRegistersAResidentByIdNumberAndOthersByNameAndPhone() throws Exception {
        RegistryFixtures.Person p = VolunteerFixtures.notVolunteer(jdbc, vault, VolunteerFixtures.COMMITTEE_PATH, 0);
        String wrong = mvc.perform(post("/volunteers").with(as("worker")).with(csrf())
                        .param("idNumber", RegistryFixtures.withWrongCheck(p.idNumber())).param("skills", "REPAIR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("身份证号有误").contains("校验");
        String elsewhere = mvc.perform(post("/volunteers").with(as(VolunteerFixtures.NEIGHBOUR_GRID_WORKER)).with(csrf())
                        .param("idNumber", p.idNumber()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(elsewhere).contains("的居民登记中没有此身份证号");
        String misnamed = mvc.perform(post("/volunteers").with(as("worker")).with(csrf())
                        .param("idNumber", p.idNumber()).param("name", "张冒名"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(misnamed).contains("姓名与居民登记不符").contains("value=\"张冒名\"");

        String location = mvc.perform(post("/volunteers").with(as("worker")).with(csrf())
                        .param("idNumber", p.idNumber()).param("skills", "REPAIR").param("skills", "DRIVING"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/volunteers/".length()));
        assertThat(jdbc.sql("SELECT resident_id FROM volunteer WHERE id = :id").param("id", id).query(Long.class).single()).isEqualTo(p.id());
        assertThat(mvc.perform(post("/volunteers").with(as("worker")).with(csrf()).param("idNumber", p.idNumber()))
                .andReturn().getResponse().getContentAsString()).contains("此人已注册为志愿者");

        assertThat(mvc.perform(post("/volunteers").with(as("worker")).with(csrf()).param("name", "周外来").param("phone", "1390471"))
                .andReturn().getResponse().getContentAsString()).contains("手机号有误");
        mvc.perform(post("/volunteers").with(as("worker")).with(csrf()).param("name", "周外来").param("phone", "13904719876")
                .param("skills", "LEGAL")).andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/volunteers").with(as("worker")).param("skill", "LEGAL").param("name", "周外"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("周外来").contains("139****9876").doesNotContain("13904719876");
        assertThat(mvc.perform(get("/volunteers").with(as("worker")).param("skill", "DRIVING").param("name", p.name()))
                .andReturn().getResponse().getContentAsString()).contains(p.name());
        assertThat(mvc.perform(get("/volunteers").with(as("worker")).param("skill", "PSYCHOLOGY").param("name", "周外"))
                .andReturn().getResponse().getContentAsString()).doesNotContain("周外来");
    }

    @Test
    void theTimeBankRefusesToGoBelowZero() throws Exception {
        long volunteer = VolunteerFixtures.volunteerOf(jdbc, "resident");
        long balance = jdbc.sql("SELECT coalesce(sum(minutes), 0) FROM volunteer_bank_entry WHERE volunteer_id = :v")
                .param("v", volunteer).query(Long.class).single();
        assertThat(balance).as("the demo certified some hours").isPositive();
        String refused = mvc.perform(post("/volunteers/" + volunteer + "/spend").with(as("worker")).with(csrf())
                        .param("hours", "999").param("reason", "家政服务"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("时间银行余额不足：当前余额").contains("value=\"999\"");
        mvc.perform(post("/volunteers/" + volunteer + "/spend").with(as("worker")).with(csrf())
                .param("hours", "0.5").param("reason", "理发服务")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT coalesce(sum(minutes), 0) FROM volunteer_bank_entry WHERE volunteer_id = :v")
                .param("v", volunteer).query(Long.class).single()).isEqualTo(balance - 30);
        assertThat(mvc.perform(get("/volunteers/me").with(as("resident"))).andReturn().getResponse().getContentAsString())
                .contains("理发服务");
    }

    @Test
    void aWorkerOfAnotherCommitteeFindsNothingAndAResidentOnlyTheirOwn() throws Exception {
        long volunteer = VolunteerFixtures.volunteerOf(jdbc, "resident");
        long other = jdbc.sql("SELECT id FROM volunteer WHERE committee_path = :p AND id <> :v ORDER BY id LIMIT 1")
                .param("p", VolunteerFixtures.COMMITTEE_PATH).param("v", volunteer).query(Long.class).single();
        long activity = jdbc.sql("SELECT id FROM volunteer_activity WHERE committee_path = :p ORDER BY id LIMIT 1")
                .param("p", VolunteerFixtures.COMMITTEE_PATH).query(Long.class).single();
        String neighbour = VolunteerFixtures.NEIGHBOUR_GRID_WORKER;
        mvc.perform(get("/volunteers/" + other).with(as(neighbour))).andExpect(status().isNotFound());
        mvc.perform(get("/activities/" + activity).with(as(neighbour))).andExpect(status().isNotFound());
        mvc.perform(get("/activities/" + activity + "/code.png").with(as(neighbour))).andExpect(status().isNotFound());
        mvc.perform(post("/activities/" + activity + "/certify").with(as(neighbour)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/volunteers/" + other + "/spend").with(as(neighbour)).with(csrf()).param("hours", "1").param("reason", "x"))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/volunteers").with(as(neighbour))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/volunteers/" + other + "\"");
        // The street sees its committees' volunteers; the worker and grid worker their own.
        mvc.perform(get("/volunteers/" + other).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/volunteers/" + other).with(as("grid"))).andExpect(status().isOk());
        // A resident sees neither another's record nor the staff's pages, nor the organiser's QR code.
        mvc.perform(get("/volunteers/" + other).with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/volunteers/" + volunteer).with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/volunteers").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/volunteers/figures").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/activities/" + activity + "/code.png").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/activities/" + activity).with(as("resident"))).andExpect(status().isOk());
        // Street staff read but do not run activities or keep the bank.
        mvc.perform(post("/activities/" + activity + "/certify").with(as("street")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/volunteers/" + other + "/spend").with(as("street")).with(csrf()).param("hours", "1").param("reason", "x"))
                .andExpect(status().isNotFound());
    }
}
