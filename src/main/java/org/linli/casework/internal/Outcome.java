package org.linli.casework.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.linli.casework.CaseStatus;
import org.linli.shared.Times;

/**
 * What the reporter is told of the handling (办理结果): the departments' answers, and the notes
 * with which the case was handed for verification, closed or rejected, which the case page says
 * are shown to the reporter; with the photos of what was done. Staff's names and their other notes
 * (rework, reopening, extensions) stay inside.
 */
public final class Outcome {

    /** One answer: who answered (a department, or the community, street or district), when, what, and its photos. */
    public record Reply(OffsetDateTime at, String from, String text, List<CaseReads.Attachment> photos) {

        public LocalDateTime localAt() {
            return Times.local(at);
        }
    }

    private static final Set<CaseStatus> ANSWERING = EnumSet.of(CaseStatus.VERIFYING, CaseStatus.CLOSED, CaseStatus.REJECTED);

    private Outcome() {
    }

    static List<Reply> of(List<CaseReads.LogEntry> log, List<CaseReads.Attachment> attachments) {
        List<Reply> replies = new ArrayList<>();
        for (CaseReads.LogEntry l : log) {
            String text = answer(l);
            if (text != null) {
                List<CaseReads.Attachment> photos = attachments.stream().filter(a -> a.logId() != null && a.logId() == l.id()).toList();
                replies.add(new Reply(l.at(), from(l), text, photos));
            }
        }
        return replies;
    }

    /** What of this step the reporter is told (also Open311's update feed, issue #13), or null when it stays inside. */
    public static String answer(CaseReads.LogEntry l) {
        String note = l.note() == null ? "" : l.note().strip();
        String reported = l.departmentName() == null ? null : Summons.reportNote(l.departmentName(), "");
        if (reported != null && note.startsWith(reported)) {
            return note.substring(reported.length()).strip();
        }
        boolean moved = l.fromStatus() != null && l.fromStatus() != l.toStatus();
        if (moved && ANSWERING.contains(l.toStatus()) && !note.isEmpty() && !note.equals(Summons.ALL_REPORTED)) {
            return note;
        }
        return null;
    }

    private static String from(CaseReads.LogEntry l) {
        if (l.departmentName() != null) {
            return l.departmentName();
        }
        return switch (l.actorRole() == null ? "" : l.actorRole()) {
            case "STREET_STAFF" -> "街道";
            case "DISTRICT_ADMIN" -> "区";
            default -> "社区";
        };
    }
}
