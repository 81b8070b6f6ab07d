package org.linli.benefits.outreach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** One recorded outcome of a task (a row of {@code benefit_outreach}). */
public record OutreachEntry(String outcome, LocalDate onDay, String note, OffsetDateTime at, String actor) {

    public String label() {
        Outcome o = Outcome.parse(outcome);
        return o == null ? outcome : o.label();
    }

    public LocalDateTime localAt() {
        return Times.local(at);
    }
}
