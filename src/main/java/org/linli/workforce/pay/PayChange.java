package org.linli.workforce.pay;

import java.time.LocalDate;

/** One recomputation that changed a worker's grade or pay, with why (the growth record's pay changes). */
public record PayChange(long id, long workerId, LocalDate effectiveOn, Integer gradeBefore, int gradeAfter, Integer payBefore,
                        int payAfter, int yearsAfter, String reason, String recordedBy) {
}
