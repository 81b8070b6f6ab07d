package org.linli.reports.forms;

import java.time.OffsetDateTime;

/** One step of a form's history: SUBMIT, APPROVE (at a level, counted from 1) or RETURN with the reason. */
public record FormStep(String action, int level, String reason, OffsetDateTime at, String byName) {

    public String actionLabel() {
        return switch (action) {
            case "SUBMIT" -> "提交";
            case "APPROVE" -> "审核通过";
            case "RETURN" -> "退回";
            default -> action;
        };
    }

    public java.time.LocalDateTime localAt() {
        return org.linli.shared.Times.local(at);
    }
}
