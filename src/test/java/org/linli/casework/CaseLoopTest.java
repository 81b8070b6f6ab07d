package org.linli.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LinliTest
class CaseLoopTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aCaseGoesFromIntakeThroughTheStreetToClosureWithEveryStepLogged() throws Exception {
        String errors = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "HOTLINE_12345")
                        .param("category", "SANITATION").param("placeCode", "150104001002001").param("title", "")
                        .param("description", "楼道垃圾堆积三天无人清理"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("请填写标题").contains("12345 转办须填写热线工单号").contains("楼道垃圾堆积三天无人清理");

        long id = open("worker", "150104001002001", "楼道垃圾堆积");
        assertThat(mvc.perform(get("/cases").with(as("worker"))).andReturn().getResponse().getContentAsString())
                .contains("楼道垃圾堆积");

        move("worker", id, "ACCEPTED", "");
        String refused = mvc.perform(post("/cases/{id}/move", id).param("to", "SUMMONED").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("不能由社区工作者改为“街道已吹哨，部门办理”");
        move("worker", id, "ESCALATED", "需环卫部门清运");
        move("street", id, "SUMMONED", "吹哨城管、环卫");
        move("street", id, "VERIFYING", "部门已清运");
        String noReason = mvc.perform(post("/cases/{id}/move", id).param("to", "REWORK").with(as("street")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("请填写返工的理由");
        move("street", id, "CLOSED", "现场核查已清理干净");

        List<String> log = jdbc.sql("SELECT coalesce(from_status, '-') || '>' || to_status FROM case_log WHERE case_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
        assertThat(log).containsExactly("->REPORTED", "REPORTED>ACCEPTED", "ACCEPTED>ESCALATED", "ESCALATED>SUMMONED",
                "SUMMONED>VERIFYING", "VERIFYING>CLOSED");
        assertThat(jdbc.sql("SELECT closed_at IS NOT NULL FROM case_record WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCommunitySeesOnlyItsOwnCases() throws Exception {
        long other = open("street", "150104001004001", "另一社区的路灯不亮");
        mvc.perform(get("/cases/{id}", other).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(post("/cases/{id}/move", other).param("to", "ACCEPTED").with(as("worker")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/cases").with(as("worker"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("另一社区的路灯不亮");
        String outside = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE")
                        .param("category", "FACILITIES").param("placeCode", "150104001004").param("title", "越权")
                        .param("description", "越权登记的诉求"))
                .andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("发生地点应为您管辖范围内");
    }

    @Test
    void theCaseLogCannotBeChanged() throws Exception {
        long id = open("worker", "150104001002", "日志测试");
        assertThatThrownBy(() -> jdbc.sql("UPDATE case_log SET note = 'x' WHERE case_id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
    }

    private long open(String who, String place, String title) throws Exception {
        String location = mvc.perform(post("/cases/new").with(as(who)).with(csrf()).param("channel", "PHONE")
                        .param("category", "SANITATION").param("placeCode", place).param("title", title)
                        .param("description", "来电反映：" + title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void move(String who, long id, String to, String note) throws Exception {
        mvc.perform(post("/cases/{id}/move", id).param("to", to).param("note", note).with(as(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
