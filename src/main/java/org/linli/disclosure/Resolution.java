package org.linli.disclosure;

import java.time.LocalDate;

/** A resolution a committee's meeting passed, which the committee must post at once. */
public record Resolution(long topicId, long committeeId, String title, LocalDate decidedOn) {
}
