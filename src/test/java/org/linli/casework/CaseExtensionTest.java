package org.linli.casework;

import static org.linli.testing.Actors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.linli.LinliTest;
import org.linli.casework.internal.Deadlines;
import org.linli.casework.internal.CaseLimits;
import org.linli.access.Accounts;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.linli.testing.CaseworkFixtures;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 延期: asked for by whoever holds the case before its limit passes, decided by the case's street, counted. */
@LinliTest
class CaseExtensionTest {

    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    EventPublicationRegistry events;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkCalendar calendar;

    @Autowired
    Deadlines deadlines;

    @Autowired
    Extensions extensions;

    @Autowired
    TestClock clock;

    @Autowired
    CaseLimits limits;

    CaseworkFixtures cases;

    @BeforeEach
    void fixtures() {
        cases = new CaseworkFixtures(mvc, jdbc);
    }

    @Test
    void theCommitteeAsksTheStreetApprovesAndTheLimitMoves() throws Exception {
        long id = accepted("楼上漏水延期");
        OffsetDateTime due = cases.finishDue(id);
        String later = FORM.format(Times.local(due.plusDays(2)));

        // The reason is required, and what was typed stays in the form.
        assertThat(request("worker", id, later, " ")).contains("请填写延期理由").contains("value=\"" + later + "\"");
        assertThat(request("worker", id, FORM.format(Times.local(due.minusHours(1))), "等待物业配合"))
                .contains("新的时限应晚于当前办结时限").contains("等待物业配合");
        String tooFar = FORM.format(Times.local(calendar.due(due, limits.extensionCap(pathOf(id), clock.today())).plusDays(1)));
        assertThat(request("worker", id, tooFar, "等待物业配合")).contains("一次延期不能超过 15 个工作日");
        assertThat(request("worker", id, "下周一", "等待物业配合")).contains("应写作 年-月-日 时:分").contains("value=\"下周一\"");
        assertThat(extensionsOf(id)).isZero();

        requested("worker", id, later, "需等待楼上住户出差回来开门查看");
        assertThat(request("worker", id, FORM.format(Times.local(due.plusDays(3))), "再申请一次"))
                .contains("已有一项延期申请等待街道审批");
        assertThat(cases.page("worker", "/cases/" + id)).contains("已申请延至").contains("待审批");
        assertThat(extensions.pending(street(), 1000)).anyMatch(p -> p.caseId() == id && p.what().equals("办结时限"));
        assertThat(cases.page("street", "/cases")).contains("项延期申请待审批");
        assertThat(cases.page("street", "/")).contains("项延期待审批");
        // Only the street decides.
        assertThat(decide("worker", id, pendingRequest(id), "approve", "")).contains("延期申请由街道审批");

        long notices = noticesTo("worker");
        mvc.perform(post("/cases/{id}/extensions/{r}/approve", id, pendingRequest(id)).param("note", "同意")
                .with(as("street")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(cases.finishDue(id)).isAtSameInstantAs(OffsetDateTime.parse(later + ":00+08:00"));
        assertThat(jdbc.sql("SELECT extension_count FROM case_record WHERE id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT note FROM case_log WHERE case_id = :id ORDER BY id DESC LIMIT 1").param("id", id)
                .query(String.class).single()).startsWith("批准延期：办结时限延至").endsWith("同意");
        assertThat(noticesTo("worker")).isEqualTo(notices + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action IN ('CASE_EXTENSION_REQUEST', 'CASE_EXTENSION_DECIDE') AND target LIKE '%楼上漏水延期'")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(cases.page("worker", "/cases/" + id)).contains("已批准").contains("需等待楼上住户出差回来开门查看");
        // Decided once: a second decision is refused.
        long decided = jdbc.sql("SELECT id FROM case_extension WHERE case_id = :id").param("id", id).query(Long.class).single();
        assertThat(decide("street", id, decided, "refuse", "改主意")).contains("这项延期申请已处理");
        // A new request may follow once the first is decided, from the moved limit.
        requested("worker", id, FORM.format(Times.local(cases.finishDue(id).plusDays(1))), "住户仍未回来");
    }

    @Test
    void theStreetRefusesWithAReasonAndTheLimitStays() throws Exception {
        long id = accepted("围墙破损延期");
        OffsetDateTime due = cases.finishDue(id);
        requested("worker", id, FORM.format(Times.local(due.plusDays(1))), "需等待材料");
        long r = pendingRequest(id);
        assertThat(decide("street", id, r, "refuse", "")).contains("请填写不予批准的理由");
        long notices = noticesTo("worker");
        mvc.perform(post("/cases/{id}/extensions/{r}/refuse", id, r).param("note", "材料可就近购买")
                .with(as("street")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(cases.finishDue(id)).isEqualTo(due);
        assertThat(jdbc.sql("SELECT status FROM case_extension WHERE id = :r").param("r", r).query(String.class).single()).isEqualTo("REFUSED");
        assertThat(jdbc.sql("SELECT extension_count FROM case_record WHERE id = :id").param("id", id).query(Integer.class).single()).isZero();
        assertThat(noticesTo("worker")).isEqualTo(notices + 1);
        Events.settle(events);
        assertThat(jdbc.sql("SELECT text FROM notification WHERE case_id = :id ORDER BY id DESC LIMIT 1").param("id", id)
                .query(String.class).single()).contains("未获批准").contains("材料可就近购买");
        assertThat(cases.page("worker", "/cases/" + id)).contains("不予批准").contains("材料可就近购买");
    }

    @Test
    void noRequestAfterTheLimitAndAWaitingRequestDoesNotHoldTheLimitBack() throws Exception {
        long late = accepted("路灯不亮延期迟");
        long waiting = accepted("路灯不亮延期中");
        OffsetDateTime due = cases.finishDue(waiting);
        requested("worker", waiting, FORM.format(Times.local(due.plusDays(1))), "需等待电力公司");

        // Both limits pass while the street has not decided.
        clock.setTo(due.plusMinutes(1).toInstant());
        assertThat(request("worker", late, FORM.format(Times.local(clock.now().plusDays(1))), "来不及"))
                .contains("不能再申请延期");
        deadlines.scan(clock.now());
        assertThat(jdbc.sql("SELECT count(*) FROM case_overdue WHERE case_id = :id AND stage = 'FINISH'").param("id", waiting)
                .query(Long.class).single()).isEqualTo(1);
        long r = pendingRequest(waiting);
        assertThat(extensions.pending(street(), 1000)).noneMatch(p -> p.caseId() == waiting);
        assertThat(decide("street", waiting, r, "approve", "")).contains("已届满，不能再批准延期");
        assertThat(cases.finishDue(waiting)).isAtSameInstantAs(due);
        mvc.perform(post("/cases/{id}/extensions/{r}/refuse", waiting, r).param("note", "已超时，按超时处理")
                .with(as("street")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherStreetNeitherSeesNorDecides(@Autowired Accounts accounts, @Autowired Divisions divisions) throws Exception {
        long id = accepted("井盖松动延期");
        requested("worker", id, FORM.format(Times.local(cases.finishDue(id).plusDays(1))), "需定制井盖");
        if (accounts.findByUsername("street-other").isEmpty()) {
            accounts.createSystemAccount("street-other", "周红", Role.STREET_STAFF, divisions.findByCode("150104002").orElseThrow(),
                    "other-pass-1");
        }
        long r = pendingRequest(id);
        mvc.perform(get("/cases/{id}", id).with(as("street-other"))).andExpect(status().isNotFound());
        mvc.perform(post("/cases/{id}/extensions/{r}/approve", id, r).with(as("street-other")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(cases.page("street-other", "/cases")).doesNotContain("井盖松动延期");
        // The street does not hold the case, so it cannot ask for more time itself.
        mvc.perform(post("/cases/{id}/extensions", id).param("newDue", "2099-01-01T10:00").param("reason", "越权")
                .with(as("street")).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT status FROM case_extension WHERE id = :r").param("r", r).query(String.class).single()).isEqualTo("PENDING");
    }

    @Test
    void aDepartmentExtendsOnlyItsOwnSummons() throws Exception {
        long id = accepted("管道破裂延期");
        cases.move("worker", id, "ESCALATED", "需部门处理");
        long cgj = cases.department("YQ-CGJ");
        long zjj = cases.department("YQ-ZJJ");
        mvc.perform(post("/cases/{id}/summon", id).param("department", String.valueOf(cgj), String.valueOf(zjj))
                .param("leading", String.valueOf(cgj)).with(as("street")).with(csrf())).andExpect(status().is3xxRedirection());
        OffsetDateTime cgjDue = cases.reportDue(id, cgj);
        OffsetDateTime zjjDue = cases.reportDue(id, zjj);

        // The committee no longer holds the case; a department not summoned does not see it.
        assertThat(request("worker", id, FORM.format(Times.local(cases.finishDue(id).plusDays(1))), "想延期"))
                .contains("只有正在办理本案的社区或被吹哨且尚未反馈的部门可以申请延期");
        long other = accepted("别处的延期");
        mvc.perform(post("/cases/{id}/extensions", other).param("newDue", FORM.format(Times.local(cases.finishDue(other).plusDays(1))))
                .param("reason", "不是我的").with(as("dept")).with(csrf())).andExpect(status().isNotFound());

        assertThat(cases.page("dept", "/cases/" + id)).contains("申请延期：玉泉区城市管理综合行政执法局反馈时限");
        String later = FORM.format(Times.local(cgjDue.plusDays(1)));
        requested("dept", id, later, "需协调供水公司停水");
        mvc.perform(post("/cases/{id}/extensions/{r}/approve", id, pendingRequest(id)).with(as("street")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.reportDue(id, cgj)).isAtSameInstantAs(OffsetDateTime.parse(later + ":00+08:00"));
        assertThat(cases.reportDue(id, zjj)).isEqualTo(zjjDue);
        assertThat(jdbc.sql("SELECT extension_count FROM case_record WHERE id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(1);
        Events.settle(events);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE case_id = :id AND account_id = (SELECT id FROM account WHERE username = 'dept') AND text LIKE '延期申请已批准%'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        // The other department's own request is its own and moves only its own limit.
        requested("dept2", id, FORM.format(Times.local(zjjDue.plusHours(2))), "需调取图纸");
        assertThat(jdbc.sql("SELECT department_id FROM case_extension WHERE case_id = :id AND status = 'PENDING'").param("id", id)
                .query(Long.class).single()).isEqualTo(zjj);
    }

    private long accepted(String title) throws Exception {
        return cases.accepted("NEIGHBOURS", title);
    }

    private String request(String who, long id, String newDue, String reason) throws Exception {
        return mvc.perform(post("/cases/{id}/extensions", id).param("newDue", newDue).param("reason", reason).with(as(who)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void requested(String who, long id, String newDue, String reason) throws Exception {
        mvc.perform(post("/cases/{id}/extensions", id).param("newDue", newDue).param("reason", reason).with(as(who)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String decide(String who, long id, long request, String decision, String note) throws Exception {
        return mvc.perform(post("/cases/{id}/extensions/{r}/{d}", id, request, decision).param("note", note).with(as(who)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String pathOf(long id) {
        return jdbc.sql("SELECT division_path FROM case_record WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long pendingRequest(long id) {
        return jdbc.sql("SELECT id FROM case_extension WHERE case_id = :id AND status = 'PENDING'").param("id", id).query(Long.class).single();
    }

    private long extensionsOf(long id) {
        return jdbc.sql("SELECT count(*) FROM case_extension WHERE case_id = :id").param("id", id).query(Long.class).single();
    }

    private long noticesTo(String username) {
        Events.settle(events);
        return jdbc.sql("SELECT count(*) FROM notification WHERE account_id = (SELECT id FROM account WHERE username = :u)")
                .param("u", username).query(Long.class).single();
    }

    private CurrentUser street() {
        return (CurrentUser) users.loadUserByUsername("street");
    }
}
