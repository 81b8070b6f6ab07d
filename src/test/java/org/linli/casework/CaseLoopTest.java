package org.linli.casework;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.linli.LinliTest;
import org.linli.casework.intake.Intake;
import org.linli.casework.intake.NewCase;
import org.linli.casework.intake.Submitter;
import org.linli.testing.CaseworkFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@LinliTest
class CaseLoopTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    CaseworkFixtures cases;

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
    }

    @Test
    void aCaseGoesThroughCommunityStreetAndTwoDepartmentsToClosureWithEveryStepLogged() throws Exception {
        String errors = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "HOTLINE_12345")
                        .param("category", "SANITATION").param("placeCode", "150104001002001").param("title", "")
                        .param("description", "楼道垃圾堆积三天无人清理"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("12345 转办须填写热线工单号").contains("楼道垃圾堆积三天无人清理");

        long id = open("worker", "150104001002001", "楼道垃圾堆积");
        assertThat(cases.page("worker", "/cases")).contains("楼道垃圾堆积");

        cases.move("worker", id, "ACCEPTED", "");
        String refused = mvc.perform(post("/cases/{id}/move", id).param("to", "SUMMONED").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("不能由社区工作者改为“街道已吹哨，部门办理”");
        cases.move("worker", id, "ESCALATED", "需环卫部门清运");

        // The street may not make "summoned" a plain move: it must name departments.
        assertThat(mvc.perform(post("/cases/{id}/move", id).param("to", "SUMMONED").with(as("street")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("请选择要吹哨的部门");
        long cgj = cases.department("YQ-CGJ");
        long zjj = cases.department("YQ-ZJJ");
        assertThat(mvc.perform(post("/cases/{id}/summon", id).param("department", String.valueOf(cgj))
                        .param("leading", String.valueOf(zjj)).with(as("street")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("请在所选部门中指定一个牵头部门");
        mvc.perform(post("/cases/{id}/summon", id).param("department", String.valueOf(cgj), String.valueOf(zjj))
                        .param("leading", String.valueOf(cgj)).param("note", "请城管牵头清运").with(as("street")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.statusOf(id)).isEqualTo("SUMMONED");

        // A department reports only after checking in; the case waits for both departments.
        assertThat(mvc.perform(post("/cases/{id}/report-back", id).param("note", "已清运完毕").with(as("dept")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("请先报到");
        mvc.perform(post("/cases/{id}/check-in", id).with(as("dept")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{id}/check-in", id).with(as("dept2")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/cases/{id}/report-back", id).file(new org.springframework.mock.web.MockMultipartFile("photos",
                        "after.png", "image/png", CaseworkFixtures.PNG)).param("note", "已清运垃圾 2 车").with(as("dept")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.statusOf(id)).isEqualTo("SUMMONED");
        mvc.perform(post("/cases/{id}/report-back", id).param("note", "已督促物业加装垃圾桶").with(as("dept2")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.statusOf(id)).isEqualTo("VERIFYING");

        String noReason = mvc.perform(post("/cases/{id}/move", id).param("to", "REWORK").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("请填写返工的理由");
        cases.move("worker", id, "CLOSED", "现场核查已清理干净");

        List<String> log = jdbc.sql("SELECT coalesce(from_status, '-') || '>' || to_status FROM case_log WHERE case_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
        assertThat(log).containsExactly("->REPORTED", "REPORTED>ACCEPTED", "ACCEPTED>ESCALATED", "ESCALATED>SUMMONED",
                "SUMMONED>SUMMONED", "SUMMONED>SUMMONED", "SUMMONED>SUMMONED", "SUMMONED>SUMMONED", "SUMMONED>VERIFYING",
                "VERIFYING>CLOSED");
        assertThat(jdbc.sql("SELECT closed_on_time FROM case_record WHERE id = :id").param("id", id).query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM case_attachment WHERE case_id = :id AND log_id IS NOT NULL").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(cases.page("worker", "/cases/" + id)).contains("玉泉区城市管理综合行政执法局（牵头）").contains("已清运垃圾 2 车");
    }

    @Test
    void aDepartmentSeesOnlyTheCasesItWasSummonedTo() throws Exception {
        long summoned = escalate(open("worker", "150104001002", "路面塌陷"));
        mvc.perform(post("/cases/{id}/summon", summoned).param("department", String.valueOf(cases.department("YQ-ZJJ")))
                .param("leading", String.valueOf(cases.department("YQ-ZJJ"))).with(as("street")).with(csrf()));
        long notSummoned = open("worker", "150104001002", "井盖缺失");

        mvc.perform(get("/cases/{id}", summoned).with(as("dept2"))).andExpect(status().isOk());
        mvc.perform(get("/cases/{id}", summoned).with(as("dept"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}", notSummoned).with(as("dept2"))).andExpect(status().isNotFound());
        mvc.perform(post("/cases/{id}/check-in", notSummoned).with(as("dept2")).with(csrf())).andExpect(status().isNotFound());
        assertThat(cases.page("dept2", "/cases")).contains("路面塌陷").doesNotContain("井盖缺失");
        assertThat(cases.page("dept", "/cases")).doesNotContain("路面塌陷");
        // A department cannot move a case by itself.
        assertThat(mvc.perform(post("/cases/{id}/move", summoned).param("to", "VERIFYING").with(as("dept2")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("部门通过报到和反馈办理案件");
    }

    @Test
    void aStreetCanSummonOnlyItsOwnAndItsDistrictsDepartments() throws Exception {
        long id = escalate(open("worker", "150104001002", "占道经营"));
        long elsewhere = jdbc.sql("""
                        INSERT INTO department (code, name, division_id, division_path)
                        SELECT 'OTHER-ST', '另一街道执法队', id, path FROM division WHERE code = '150104002' RETURNING id""")
                .query(Long.class).single();
        assertThat(mvc.perform(post("/cases/{id}/summon", id).param("department", String.valueOf(elsewhere))
                        .param("leading", String.valueOf(elsewhere)).with(as("street")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("只能向本街道及上级区县的职能部门吹哨");
        assertThat(cases.statusOf(id)).isEqualTo("ESCALATED");
    }

    @Test
    void aCommunitySeesOnlyItsOwnCases() throws Exception {
        long other = open("street", "150104001004001", "另一社区的路灯不亮");
        mvc.perform(get("/cases/{id}", other).with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(post("/cases/{id}/move", other).param("to", "ACCEPTED").with(as("worker")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cases/{id}/reporter-phone", other).with(as("worker")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}/photos/1", other).with(as("worker"))).andExpect(status().isNotFound());
        assertThat(cases.page("worker", "/cases")).doesNotContain("另一社区的路灯不亮");
        String outside = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE")
                        .param("category", "FACILITIES").param("placeCode", "150104001004").param("title", "越权")
                        .param("description", "越权登记的诉求"))
                .andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("发生地点应为您管辖范围内");
    }

    @Test
    void submittingTwiceWithTheSameKeyCreatesOneCase() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE").param("category", "NOISE")
                            .param("placeCode", "150104001002").param("title", "广场舞噪声").param("description", "每晚十点后仍有广场舞音乐")
                            .param("submissionKey", "double-click-0001"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM case_record WHERE title = '广场舞噪声'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSubmissionKeyFindsOnlyTheSubmittersOwnCase() throws Exception {
        String staffCase = mvc.perform(post("/cases/new").with(as("worker")).with(csrf()).param("channel", "PHONE")
                        .param("category", "NOISE").param("placeCode", "150104001002").param("title", "夜间施工")
                        .param("description", "工地夜间施工噪声扰民").param("submissionKey", "guessable-key-0001"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String staffTracking = jdbc.sql("SELECT tracking_code FROM case_record WHERE title = '夜间施工'").query(String.class).single();
        assertThat(staffCase).startsWith("/cases/");

        MockHttpSession browser = new MockHttpSession();
        String first = report(browser, "guessable-key-0001");
        assertThat(first).doesNotContain(staffTracking);
        // The same browser retrying finds its own case; another browser with the same key opens its own.
        assertThat(report(browser, "guessable-key-0001")).isEqualTo(first);
        assertThat(report(new MockHttpSession(), "guessable-key-0001")).isNotEqualTo(first).doesNotContain(staffTracking);
    }

    private String report(MockHttpSession session, String key) throws Exception {
        return mvc.perform(post("/report").session(session).with(csrf()).param("placeCode", "150104001002")
                        .param("category", "PROPERTY").param("description", "小区门禁坏了一周").param("reporterPhone", "13812340002")
                        .param("submissionKey", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void concurrentSubmissionsWithTheSameKeyCreateOneCase(@Autowired Intake intake) throws Exception {
        NewCase form = new NewCase("NOISE", "150104001002", "装修噪声", "周末早上七点装修电钻声", Channel.RESIDENT, null, null,
                "13900001111", null, null, null, "concurrent-key-0001", List.of());
        Submitter who = new Submitter("居民", org.linli.shared.Role.RESIDENT, org.linli.shared.DataScope.COUNTRY, null, null)
                .inSession("one-browser");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            java.util.concurrent.Callable<Intake.Opened> submit = () -> intake.open(form, who);
            var results = pool.invokeAll(java.util.Collections.nCopies(4, submit));
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (var r : results) {
                ids.add(r.get().caseId());
            }
            assertThat(ids).hasSize(1);
        }
    }

    @Test
    void aBadPhotoIsRefusedAndTheTextIsKept() throws Exception {
        String page = mvc.perform(multipart("/cases/new").file(new org.springframework.mock.web.MockMultipartFile("photos",
                                "scan.gif", "image/jpeg", "GIF89a not a jpeg".getBytes()))
                        .param("channel", "GRID_PATROL").param("category", "FACILITIES").param("placeCode", "150104001002001")
                        .param("description", "三号楼前路灯倒伏，压住了自行车").param("latitude", "40.8").param("longitude", "111.66")
                        .with(as("grid")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("“scan.gif”不是 JPG、PNG 或 WebP 格式的照片").contains("三号楼前路灯倒伏，压住了自行车")
                .contains("40.8");
        assertThat(jdbc.sql("SELECT count(*) FROM case_record WHERE description LIKE '三号楼前路灯倒伏%'").query(Long.class).single())
                .isZero();
        String located = mvc.perform(multipart("/cases/new").file(new org.springframework.mock.web.MockMultipartFile("photos",
                                "lamp.png", "image/png", CaseworkFixtures.PNG))
                        .param("channel", "GRID_PATROL").param("category", "FACILITIES").param("placeCode", "150104001002001")
                        .param("description", "三号楼前路灯倒伏，压住了自行车").param("latitude", "40.812345").param("longitude", "111.654321")
                        .with(as("grid")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(cases.page("grid", located)).contains("北纬 40.812345，东经 111.654321").contains("lamp.png");
        String far = mvc.perform(post("/cases/new").param("channel", "GRID_PATROL").param("category", "FACILITIES")
                        .param("placeCode", "150104001002001").param("description", "位置不对的巡查").param("latitude", "51.5")
                        .param("longitude", "-0.12").with(as("grid")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(far).contains("位置应在中国境内");
    }

    @Test
    void theCaseLogCannotBeChanged() throws Exception {
        long id = open("worker", "150104001002", "日志测试");
        assertThatThrownBy(() -> jdbc.sql("UPDATE case_log SET note = 'x' WHERE case_id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM case_log WHERE case_id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
    }

    private long escalate(long id) throws Exception {
        cases.move("worker", id, "ACCEPTED", "");
        cases.move("worker", id, "ESCALATED", "社区无法解决");
        return id;
    }

    private long open(String who, String place, String title) throws Exception {
        return cases.open(who, "SANITATION", place, title, "来电反映：" + title, "13812345678");
    }
}
