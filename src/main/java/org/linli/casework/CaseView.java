package org.linli.casework;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.linli.shared.Times;

/** A case as lists and pages show it; the reporter's phone only masked. */
public record CaseView(long id, String number, long divisionId, String divisionPath, String divisionName,
                       String categoryCode, String categoryName, Channel channel, String hotlineNumber, String title,
                       String description, CaseStatus status, String createdBy, OffsetDateTime createdAt,
                       OffsetDateTime acceptDue, OffsetDateTime finishDue, OffsetDateTime closedAt, String trackingCode,
                       Long reporterAccountId, String reporterName, String reporterPhoneMask, String address,
                       BigDecimal latitude, BigDecimal longitude, Integer rating, int reworkCount, Boolean closedOnTime,
                       int version, Long gridId, Long handlerId, OffsetDateTime dispatchDue, OffsetDateTime takenAt) {

    /** The same case named after its place (names come from the division module, one lookup per page). */
    public CaseView withDivisionName(String name) {
        return new CaseView(id, number, divisionId, divisionPath, name, categoryCode, categoryName, channel, hotlineNumber, title,
                description, status, createdBy, createdAt, acceptDue, finishDue, closedAt, trackingCode, reporterAccountId,
                reporterName, reporterPhoneMask, address, latitude, longitude, rating, reworkCount, closedOnTime, version, gridId, handlerId,
                dispatchDue, takenAt);
    }

    /** The code of the place: the last code of its path. */
    public String divisionCode() {
        String[] codes = divisionPath.split("/");
        return codes[codes.length - 1];
    }

    public LocalDateTime localCreatedAt() {
        return Times.local(createdAt);
    }

    public LocalDateTime localFinishDue() {
        return Times.local(finishDue);
    }

    public LocalDateTime localAcceptDue() {
        return Times.local(acceptDue);
    }

    public LocalDateTime localClosedAt() {
        return Times.local(closedAt);
    }

    /** The limit that applies now: acceptance while reported, the grid's limit while with a grid, finishing while open. */
    public OffsetDateTime currentDue() {
        return switch (status) {
            case REPORTED -> acceptDue;
            case DISPATCHED, HANDLING -> dispatchDue;
            default -> finishDue;
        };
    }

    public LocalDateTime localDispatchDue() {
        return Times.local(dispatchDue);
    }

    public LocalDateTime localCurrentDue() {
        return Times.local(currentDue());
    }

    public boolean overdue(OffsetDateTime now) {
        return status.open() && now.isAfter(currentDue());
    }

    /** Within the last fifth of the time it has, and not done. */
    public boolean nearDue(OffsetDateTime now) {
        if (!status.open() || overdue(now)) {
            return false;
        }
        long total = Duration.between(createdAt, currentDue()).toMinutes();
        long left = Duration.between(now, currentDue()).toMinutes();
        return left < total / 5;
    }
}
