package org.linli.deliberation.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.testing.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.Role;
import org.linli.testing.DeliberationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The street sends a rectification's result back with a reason the committee sees; the committee then reports anew. */
@LinliTest
class RectificationReturnTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    DeliberationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DeliberationFixtures(context);
        fixtures.account("return-street2", "150104002", Role.STREET_STAFF);
    }

    @Test
    void theStreetSendsTheResultBackAndTheWorkerRecordsANewPlanAndResult() throws Exception {
        long id = completed("小区路灯增设");
        ok(post("/topics/{id}/rectification/flag", id).param("reason", "夜间巡查发现 3 号楼前仍无照明"), "street");
        // Nothing to send back before a result is reported.
        assertThat(refusal(sendBack(id, "照明不足"), "street")).isEqualTo("居（村）委会填写整改结果后才能退回");
        ok(post("/topics/{id}/rectification/plan", id).param("text", "在 3 号楼前增设两盏路灯"), "worker");
        ok(post("/topics/{id}/rectification/result", id).param("text", "3 号楼前已增设一盏路灯"), "worker");

        // Only the street sends back, and with a reason.
        assertThat(refusal(sendBack(id, "照明不足"), "worker")).isEqualTo("整改结果由街道工作人员确认或退回");
        assertThat(refusal(sendBack(id, " "), "street")).isEqualTo("请写明退回的原因（2 到 500 个字），居（村）委会会看到");
        assertThat(page("street", "/topics/" + id)).contains("data-testid=\"return-rectification\"");
        ok(sendBack(id, "方案是两盏，只装了一盏，照度仍不达标"), "street");
        assertThat(jdbc.sql("""
                        SELECT coalesce(result, '-') || ':' || returned_result || ':' || returned_by FROM topic_rectification
                        WHERE topic_id = :t""").param("t", id).query(String.class).single())
                .isEqualTo("-:3 号楼前已增设一盏路灯:street");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'TOPIC_RECTIFY' AND detail = :d")
                .param("d", "街道退回整改结果：方案是两盏，只装了一盏，照度仍不达标").query(Long.class).single()).isEqualTo(1);

        // The worker sees why, and what was sent back; the street cannot confirm what is no longer reported.
        String worker = page("worker", "/topics/" + id);
        assertThat(worker).contains("街道退回，重新整改").contains("方案是两盏，只装了一盏，照度仍不达标").contains("被退回的结果")
                .contains("3 号楼前已增设一盏路灯").contains("data-testid=\"revise-plan\"").contains("报送整改结果");
        assertThat(refusal(post("/topics/{id}/rectification/confirm", id), "street")).isEqualTo("居（村）委会填写整改结果后才能确认");
        // Another street does not find it.
        mvc.perform(sendBack(id, "越权退回").with(as("return-street2")).with(csrf())).andExpect(status().isNotFound());

        ok(post("/topics/{id}/rectification/plan", id).param("text", "在 3 号楼前增设两盏 LED 路灯，照度不低于 5 勒克斯"), "worker");
        ok(post("/topics/{id}/rectification/result", id).param("text", "两盏 LED 路灯已安装，实测照度 8 勒克斯"), "worker");
        assertThat(page("street", "/topics/" + id)).contains("整改待街道确认").contains("上次退回");
        ok(post("/topics/{id}/rectification/confirm", id), "street");
        assertThat(jdbc.sql("SELECT result || ':' || confirmed_by FROM topic_rectification WHERE topic_id = :t").param("t", id)
                .query(String.class).single()).isEqualTo("两盏 LED 路灯已安装，实测照度 8 勒克斯:street");
    }

    // ------------------------------------------------------------------ helpers

    private long completed(String title) throws Exception {
        long id = fixtures.completed(title);
        assertThat(fixtures.statusOf(id)).isEqualTo("COMPLETED");
        return id;
    }

    private MockHttpServletRequestBuilder sendBack(long id, String reason) {
        return post("/topics/{id}/rectification/return", id).param("reason", reason);
    }

    private void ok(MockHttpServletRequestBuilder request, String who) throws Exception {
        fixtures.ok(request, who);
    }

    /** The refusal a write was shown again with. */
    private String refusal(MockHttpServletRequestBuilder request, String who) throws Exception {
        return fixtures.refused(request, who);
    }

    private String page(String who, String path) throws Exception {
        return fixtures.page(who, path);
    }
}
