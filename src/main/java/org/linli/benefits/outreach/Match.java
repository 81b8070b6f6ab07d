package org.linli.benefits.outreach;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/**
 * A resident a benefit's rule found (a row of {@code benefit_match}): open while they match and are
 * not enrolled, the latest outcome kept on it.
 */
public record Match(long id, long benefitId, String benefitName, long residentId, String divisionPath, int ruleVersion,
                    String reason, OffsetDateTime foundAt, String outcome, LocalDate outcomeOn, OffsetDateTime informedAt,
                    OffsetDateTime closedAt, String closedWhy) {

    public boolean open() {
        return closedAt == null;
    }

    public LocalDateTime localFoundAt() {
        return Times.local(foundAt);
    }

    /** The task's state in a word or two: what was done last, or why it ended. */
    public String state() {
        if (closedAt != null) {
            return switch (closedWhy == null ? "" : closedWhy) {
                case "ENROLLED" -> "已纳入名册";
                case "NO_LONGER_MATCHES" -> "已不符合条件";
                case "GONE" -> "已迁出或已故";
                default -> Outcome.parse(closedWhy) != null ? Outcome.parse(closedWhy).label() : "已结束";
            };
        }
        Outcome last = Outcome.parse(outcome);
        return last == null ? "待告知" : last.label();
    }

    /** The state as a code for pages and tests: the outcome, the reason it closed, or NEW. */
    public String stateCode() {
        return closedAt != null ? "CLOSED_" + closedWhy : outcome == null ? "NEW" : outcome;
    }
}
