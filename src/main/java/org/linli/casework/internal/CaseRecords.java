package org.linli.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.casework.CaseClosed;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Writing a case's history: a move of the state machine (only if nobody moved the case meanwhile)
 * with the times the figures need, the log entry of every step, its photos. A closing is published
 * as {@link CaseClosed}; whoever the new status waits for is told ({@link CaseNotices}).
 */
@Service
public class CaseRecords {

    private final CaseStore store;
    private final CaseLimits limits;
    private final CaseNotices notices;
    private final ApplicationEventPublisher events;
    private final Accounts accounts;
    private final Clock clock;

    CaseRecords(CaseStore store, CaseLimits limits, CaseNotices notices, ApplicationEventPublisher events, Accounts accounts,
                Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.limits = limits;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Changes the status (if nobody changed it meanwhile), stamps the times the figures need,
     * writes the log and tells whoever the new status waits for. Returns the log entry's id.
     */
    public long transition(CaseView c, CaseStatus target, String note, String actor, Role role, Long departmentId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Reopened by a bad rating: rectified within the days the book sets for the case's division.
        OffsetDateTime finishDue = target == CaseStatus.REOPENED ? limits.rectificationDue(c.divisionPath(), now) : c.finishDue();
        CaseStore.Moved moved = store.transition(c, target, now, finishDue)
                .orElseThrow(() -> Refusal.of("casework.move.stale"));
        long logId = log(c.id(), actor, role, c.status(), target, note, departmentId);
        notices.moved(c, target, note, account(actor).map(Account::id).orElse(null));
        if (target == CaseStatus.CLOSED) {
            events.publishEvent(new CaseClosed(c.id(), c.number(), c.divisionPath(), now, Boolean.TRUE.equals(moved.closedOnTime()),
                    moved.requestKey()));
        }
        return logId;
    }

    /** A step that keeps the status (a check-in, a report, a rating, an extension), or the first one. */
    public long log(long caseId, String actor, Role role, CaseStatus from, CaseStatus to, String note, Long departmentId) {
        // The log names people by name where they have one; the login name stays beside it.
        String name = account(actor).map(Account::displayName).filter(n -> !n.isBlank()).orElse(null);
        return store.log(caseId, actor, name, role, from, to, note, departmentId, OffsetDateTime.now(clock));
    }

    /** The account of whoever acted, if it is one (not the clock, nor a reporter without an account). */
    public Optional<Account> account(String actor) {
        return actor == null || actor.isBlank() ? Optional.empty() : accounts.findByUsername(actor);
    }

    public void savePhotos(long caseId, Long logId, List<Photo> photos, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        photos.forEach(p -> store.savePhoto(caseId, logId, p, by, now));
    }
}
