package org.linli.testing;

import java.time.LocalDateTime;

import org.linli.consultation.AnswerForm;
import org.linli.consultation.Answer;
import org.linli.consultation.CommentForm;
import org.linli.consultation.DraftForm;
import org.linli.consultation.ReportForm;
import org.linli.division.Division;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builders for the consultation module's tests: who takes part, a draft, a comment, an answer. */
public final class ConsultationFixtures {

    /** Three paragraphs, one a line, as staff paste a draft. */
    public static final String BODY = """
            一、小区内机动车按划定车位停放，不得占用消防通道和绿地。
            二、每户限登记一辆机动车，第二辆车按临时停车收费。
            三、停车管理费每月 50 元，用于车位维护和照明。
            """;

    private ConsultationFixtures() {
    }

    public static TestUser worker(Division committee) {
        return TestUser.of(201, "worker", "张丽", Role.COMMUNITY_WORKER, committee);
    }

    public static TestUser streetStaff(Division street) {
        return TestUser.of(202, "street", "李秀英", Role.STREET_STAFF, street);
    }

    /** A resident with an account row (comments reference their author's account). */
    public static TestUser resident(JdbcClient jdbc, String username, String name, Division committee) {
        return TestUser.withAccount(jdbc, username, name, Role.RESIDENT, committee);
    }

    public static DraftForm draft(Division division, String title, LocalDateTime deadline) {
        return new DraftForm(division.code(), title, BODY, deadline);
    }

    public static CommentForm comment(int paragraph, String passage, String body) {
        return new CommentForm(paragraph, passage, body);
    }

    public static AnswerForm answer(Answer answer, String reason) {
        return new AnswerForm(answer, reason);
    }

    public static ReportForm report(String note) {
        return new ReportForm(note);
    }
}
