package org.linli.benefits.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what came of an outreach task. Each outcome is appended to the task's history and kept
 * on the task as the latest; the day it happened may not be in the future nor before the resident
 * was found. Found not eligible after all (with the reason) and refused end the task.
 */
@Service
public class Outcomes {

    private final OutreachStore store;
    private final Clock clock;

    Outcomes(OutreachStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Match record(long matchId, OutcomeForm form, CurrentUser user) {
        if (!OutreachRoles.mayWorkTasks(user.role())) {
            throw new NotFoundException("benefit match " + matchId);
        }
        Match match = store.find(matchId, user.scope(), true).orElseThrow(() -> new NotFoundException("benefit match " + matchId));
        if (!match.open()) {
            throw Refusal.of("benefits.outreach.closed");
        }
        Outcome outcome = form.outcome() == null ? null : Outcome.parse(form.outcome().strip());
        if (outcome == null) {
            throw Refusal.ofField("outcome", "benefits.outreach.outcome.unknown");
        }
        LocalDate day = day(form.onDay());
        LocalDate today = LocalDate.now(clock);
        LocalDate found = match.foundAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        if (day.isAfter(today)) {
            throw Refusal.ofField("onDay", "benefits.outreach.day.future", today);
        }
        if (day.isBefore(found)) {
            throw Refusal.ofField("onDay", "benefits.outreach.day.before-found", found);
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (outcome == Outcome.NOT_ELIGIBLE && note == null) {
            throw Refusal.ofField("note", "benefits.outreach.note.reason-required");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime informed = outcome.informs() ? day.atStartOfDay(clock.getZone()).toOffsetDateTime() : null;
        store.record(matchId, outcome, day, note, now, user.username(), informed);
        return store.find(matchId, user.scope(), false).orElseThrow();
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.ofField("onDay", "benefits.outreach.day.required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.ofField("onDay", "benefits.outreach.day.invalid");
        }
    }
}
