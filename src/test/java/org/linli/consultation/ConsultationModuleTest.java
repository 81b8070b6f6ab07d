package org.linli.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.ConsultationFixtures.answer;
import static org.linli.testing.ConsultationFixtures.comment;
import static org.linli.testing.ConsultationFixtures.draft;
import static org.linli.testing.ConsultationFixtures.report;
import static org.linli.testing.ConsultationFixtures.resident;
import static org.linli.testing.ConsultationFixtures.streetStaff;
import static org.linli.testing.ConsultationFixtures.worker;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.testing.DemoDivisions;
import org.linli.testing.ModuleTest;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The consultation module with the division tree and the audit log on its own database: a draft
 * from publishing to its report, the deadline to the second, and who takes part.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ConsultationModuleTest {

    @Autowired
    Drafts drafts;

    @Autowired
    Comments comments;

    @Autowired
    Answers answers;

    @Autowired
    FeedbackReports reports;

    @Autowired
    Consultations consultations;

    @Autowired
    DivisionImporter importer;

    @Autowired
    Divisions divisions;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Division committee;
    TestUser worker;
    TestUser resident;

    @BeforeEach
    void committeeWorkerAndResident() {
        committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        worker = worker(committee);
        resident = resident(jdbc, "c-resident", "陈阿姨", committee);
    }

    @Test
    void commentsAreTakenUntilTheDeadlineAndNotAtIt() {
        LocalDateTime deadline = LocalDateTime.now(clock).plusDays(3).withSecond(0).withNano(0);
        long id = drafts.publish(draft(committee, "楼道堆物清理办法（征求意见稿）", deadline), worker);
        assertThat(consultations.paragraphs(id)).hasSize(3);

        clock.setTo(deadline.minusSeconds(1).atZone(clock.getZone()).toInstant());
        comments.comment(id, comment(2, "每户限登记 一辆机动车", "建议允许第二辆车包月"), resident);
        clock.setTo(deadline.atZone(clock.getZone()).toInstant());
        assertThatThrownBy(() -> comments.comment(id, comment(1, "", "截止时的意见"), resident))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.comment.closed");
        assertThat(all(id)).extracting(Comment::passage).containsExactly("每户限登记 一辆机动车");
        assertThat(consultations.get(id, worker).status()).isEqualTo(ConsultationStatus.AWAITING_ANSWERS);
    }

    @Test
    void aDraftFromPublishingToItsPublishedReport() {
        long id = drafts.publish(draft(committee, "小区停车管理办法（征求意见稿）", LocalDateTime.now(clock).plusDays(7)), worker);
        assertThatThrownBy(() -> comments.comment(id, comment(1, "每户限登记一辆机动车", "不在此段"), resident))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.passage.not-in-paragraph");
        assertThatThrownBy(() -> comments.comment(id, comment(1, "", "工作人员的意见"), worker))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.comment.residents-only");
        comments.comment(id, comment(1, "不得占用消防通道", "建议在消防通道画黄线"), resident);
        comments.comment(id, comment(3, "", "管理费偏高"), resident);
        assertThatThrownBy(() -> reports.publish(id, report(""), worker))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.report.still-open");

        clock.advance(Duration.ofDays(8));
        long first = all(id).getFirst().id();
        long second = all(id).getLast().id();
        assertThatThrownBy(() -> reports.publish(id, report(""), worker))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.report.unanswered");
        assertThatThrownBy(() -> answers.answer(id, first, answer(Answer.ADOPTED, "好"), worker))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.answer.reason");
        answers.answer(id, first, answer(Answer.ADOPTED, "采纳，画黄线并设禁停标识"), worker);
        answers.answer(id, second, answer(Answer.NOT_ADOPTED, "按物价部门核定标准，不作调整"), worker);
        reports.publish(id, report("共收到意见 2 条，采纳 1 条。"), worker);

        Consultation published = consultations.published(id);
        assertThat(published.status()).isEqualTo(ConsultationStatus.REPORTED);
        assertThat(published.divisionName()).isEqualTo("五塔北街社区居委会");
        assertThat(consultations.get(id, worker).answerCounts()).containsEntry(Answer.ADOPTED, 1L)
                .containsEntry(Answer.NOT_ADOPTED, 1L).containsEntry(Answer.PARTLY_ADOPTED, 0L);
        assertThatThrownBy(() -> answers.answer(id, second, answer(Answer.ADOPTED, "改为采纳，下调管理费"), worker))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.answer.reported");
    }

    @Test
    void aStreetsDraftReachesItsCommitteesResidentsOnly() {
        Division street = divisions.findByCode(DemoDivisions.STREET).orElseThrow();
        Division otherStreet = DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_STREET_COMMITTEE);
        long id = drafts.publish(draft(street, "垃圾分类实施方案（征求意见稿）", LocalDateTime.now(clock).plusDays(7)),
                streetStaff(street));
        assertThat(consultations.list(resident, null, 0, 20)).extracting(Consultation::id).contains(id);
        comments.comment(id, comment(2, "", "建议增加厨余垃圾桶"), resident);

        TestUser outsider = resident(jdbc, "c-outsider", "钱秀兰", otherStreet);
        assertThat(consultations.list(outsider, null, 0, 20)).extracting(Consultation::id).doesNotContain(id);
        assertThatThrownBy(() -> comments.comment(id, comment(1, "", "外街道的意见"), outsider))
                .isInstanceOf(NotFoundException.class);
        // The committee's worker reads the street's draft, but only the street answers it.
        clock.advance(Duration.ofDays(8));
        assertThat(consultations.manages(consultations.get(id, worker), worker)).isFalse();
        long k = all(id).getFirst().id();
        assertThatThrownBy(() -> answers.answer(id, k, answer(Answer.ADOPTED, "由社区代为答复的理由"), worker))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.answer.publisher-only");
    }

    @Test
    void onlyTheOwnDivisionOrOnesBelowAndADeadlineAheadArePublished() {
        Division street = divisions.findByCode(DemoDivisions.STREET).orElseThrow();
        assertThatThrownBy(() -> drafts.publish(draft(street, "街道方案（越级）", LocalDateTime.now(clock).plusDays(7)), worker))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.division.required");
        assertThatThrownBy(() -> drafts.publish(draft(committee, "过去的截止时间", LocalDateTime.now(clock).minusMinutes(1)), worker))
                .isInstanceOf(Refusal.class).hasMessageContaining("consultation.deadline.past");
        assertThat(consultations.divisionsFor(streetStaff(street))).extracting(Division::code)
                .contains(DemoDivisions.STREET, DemoDivisions.COMMITTEE, DemoDivisions.OTHER_COMMITTEE);
    }

    /** Issue #12: pages of comments filtered in SQL, counts kept on the draft's row, and the commenter told of the answer. */
    @Test
    void commentsArePagedAndFilteredAndTheCountsKept(PublishedEvents events) {
        long id = drafts.publish(draft(committee, "小区充电桩管理办法（征求意见稿）", LocalDateTime.now(clock).plusDays(7)), worker);
        for (int i = 0; i < 45; i++) {
            comments.comment(id, comment(1 + i % 3, "", "意见第 " + i + " 条"), resident);
        }
        clock.advance(Duration.ofDays(8));
        Consultation c = consultations.get(id, worker);
        CommentPage first = consultations.comments(c, CommentFilter.all());
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.comments()).hasSize(CommentFilter.PAGE_SIZE).extracting(Comment::paragraph).containsOnly(1, 2)
                .isSorted();
        assertThat(consultations.comments(c, new CommentFilter(null, null, 2)).comments()).hasSize(5)
                .extracting(Comment::paragraph).containsOnly(3);
        assertThat(consultations.comments(c, new CommentFilter(2, null, 0)).total()).isEqualTo(15);

        List<Comment> paragraphTwo = consultations.comments(c, new CommentFilter(2, null, 0)).comments();
        answers.answer(id, paragraphTwo.get(0).id(), answer(Answer.ADOPTED, "采纳，增设充电车位"), worker);
        answers.answer(id, paragraphTwo.get(1).id(), answer(Answer.NOT_ADOPTED, "不予采纳，消防要求"), worker);
        answers.answer(id, paragraphTwo.get(1).id(), answer(Answer.PARTLY_ADOPTED, "部分采纳，改设室外充电区"), worker);
        c = consultations.get(id, worker);
        assertThat(c.comments()).isEqualTo(45);
        assertThat(c.answered()).isEqualTo(2);
        assertThat(c.answerCounts()).containsEntry(Answer.ADOPTED, 1L).containsEntry(Answer.PARTLY_ADOPTED, 1L)
                .containsEntry(Answer.NOT_ADOPTED, 0L);
        assertThat(consultations.comments(c, new CommentFilter(null, CommentFilter.Shown.ANSWERED, 0)).comments())
                .extracting(Comment::id).containsExactly(paragraphTwo.get(0).id(), paragraphTwo.get(1).id());
        assertThat(consultations.comments(c, new CommentFilter(2, CommentFilter.Shown.UNANSWERED, 0)).total()).isEqualTo(13);
        assertThat(consultations.comments(c, new CommentFilter(null, CommentFilter.Shown.UNANSWERED, 0)).total()).isEqualTo(43);
        // The row's counts are what counting the comments gives.
        assertThat(jdbc.sql("SELECT count(*) FILTER (WHERE answer IS NOT NULL) FROM consultation_comment WHERE consultation_id = :c")
                .param("c", id).query(Long.class).single()).isEqualTo(c.answered());

        // The commenter is told, once per answer, in one sentence; no one is told of their own answer.
        assertThat(events.ofType(org.linli.notice.Notice.class).matching(n -> n.accountId() == resident.accountId()))
                .hasSize(3).extracting(org.linli.notice.Notice::text)
                .contains("您对《小区充电桩管理办法（征求意见稿）》第 2 段的意见已答复：采纳")
                .allMatch(text -> !text.matches(".*[。，：；！？]{2}.*"));
        assertThat(events.ofType(org.linli.notice.Notice.class).matching(n -> n.link().endsWith("/comments/" + paragraphTwo.get(0).id())))
                .hasSize(1);
    }

    @Test
    void aDraftIsPublicWhileOpenAndOnceReportedNotInBetween() {
        long id = drafts.publish(draft(committee, "小区绿化调整方案（征求意见稿）", LocalDateTime.now(clock).plusDays(7)), worker);
        assertThat(consultations.publicly(id).status()).isEqualTo(ConsultationStatus.OPEN);
        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> consultations.publicly(id)).isInstanceOf(NotFoundException.class);
        reports.publish(id, report(""), worker);
        assertThat(consultations.publicly(id).status()).isEqualTo(ConsultationStatus.REPORTED);
        assertThatThrownBy(() -> consultations.publicly(-1)).isInstanceOf(NotFoundException.class);
    }

    private List<Comment> all(long id) {
        return consultations.comments(consultations.get(id, worker), new CommentFilter(null, null, 0)).comments();
    }
}
