package org.linli.deliberation;

import java.time.LocalDate;

/** An implementation task (实施任务) of a passed resolution: what, who answers for it, by when. */
public record Task(long id, long topicId, String topicTitle, String what, String owner, Long ownerAccountId, LocalDate dueOn,
                   TaskStatus status, String note, LocalDate doneOn, String updatedBy) {

    /** Past its due date and not done (China's calendar day decides). */
    public boolean overdue(LocalDate today) {
        return status != TaskStatus.DONE && dueOn.isBefore(today);
    }

    /** One line for the published implementation result. */
    public String resultLine() {
        return what + "（责任人：" + owner + "，期限 " + dueOn + "）— " + status.label()
                + (doneOn == null ? "" : " " + doneOn) + (note == null ? "" : "：" + note);
    }
}
