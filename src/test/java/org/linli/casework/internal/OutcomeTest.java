package org.linli.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.casework.CaseStatus;

/** Which entries of a case's log the reporter is given as answers, from whom, with which photos. */
class OutcomeTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T10:00:00+08:00");

    @Test
    void departmentsAnswersAndTheNotesOfHandingOverClosingAndRejectingOnly() {
        List<CaseReads.LogEntry> log = List.of(
                entry(1, "COMMUNITY_WORKER", CaseStatus.REPORTED, CaseStatus.ACCEPTED, "交网格员先看", null),
                entry(2, "STREET_STAFF", CaseStatus.ESCALATED, CaseStatus.SUMMONED, "吹哨城管", null),
                entry(3, "DEPARTMENT_STAFF", CaseStatus.SUMMONED, CaseStatus.SUMMONED, "区城管局 报到", "区城管局"),
                entry(4, "DEPARTMENT_STAFF", CaseStatus.SUMMONED, CaseStatus.SUMMONED, "区城管局 反馈：占道摊点已清理", "区城管局"),
                entry(5, "DEPARTMENT_STAFF", CaseStatus.SUMMONED, CaseStatus.VERIFYING, Summons.ALL_REPORTED, "区城管局"),
                entry(6, "COMMUNITY_WORKER", CaseStatus.VERIFYING, CaseStatus.REWORK, "照片不清楚，返工", null),
                entry(7, "STREET_STAFF", CaseStatus.VERIFYING, CaseStatus.CLOSED, "经核查已清理，结案", null),
                entry(8, "RESIDENT", CaseStatus.CLOSED, CaseStatus.CLOSED, "评价“满意”", null));
        List<CaseReads.Attachment> photos = List.of(new CaseReads.Attachment(11, 4L, "after.jpg", "image/jpeg", 100),
                new CaseReads.Attachment(12, 1L, "before.jpg", "image/jpeg", 100));

        List<Outcome.Reply> replies = Outcome.of(log, photos);

        assertThat(replies).extracting(Outcome.Reply::from, Outcome.Reply::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("区城管局", "占道摊点已清理"),
                org.assertj.core.groups.Tuple.tuple("街道", "经核查已清理，结案"));
        assertThat(replies.getFirst().photos()).extracting(CaseReads.Attachment::id).containsExactly(11L);
        assertThat(replies.getLast().photos()).isEmpty();
    }

    @Test
    void aRejectionsReasonIsTheAnswer() {
        List<Outcome.Reply> replies = Outcome.of(List.of(
                entry(1, "COMMUNITY_WORKER", CaseStatus.REPORTED, CaseStatus.REJECTED, "属于民事纠纷，请通过法院解决", null)), List.of());
        assertThat(replies).extracting(Outcome.Reply::from, Outcome.Reply::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("社区", "属于民事纠纷，请通过法院解决"));
    }

    private static CaseReads.LogEntry entry(long id, String role, CaseStatus from, CaseStatus to, String note, String department) {
        return new CaseReads.LogEntry(id, AT.plusHours(id), "someone", role, from, to, note, department);
    }
}
