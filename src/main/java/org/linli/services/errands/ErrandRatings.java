package org.linli.services.errands;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.notice.Notice;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resident rates their finished errand once, 1–5 with a comment; the committee is told. */
@Service
public class ErrandRatings {

    private final Errands errands;
    private final ErrandStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ErrandRatings(Errands errands, ErrandStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.errands = errands;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the user rates this errand now: the resident it was done for, once it is finished and not yet rated. */
    public static boolean mayRate(CurrentUser user, Errand errand) {
        return user.role() == Role.RESIDENT && errand.status().finished() && !errand.rated();
    }

    @Transactional
    public void rate(long id, RatingForm form, CurrentUser user) {
        Errand errand = errands.get(id, user);
        if (user.role() != Role.RESIDENT) {
            throw Refusal.of("services.errand.rating.residents-only");
        }
        if (!errand.status().finished()) {
            throw Refusal.of("services.errand.rating.not-finished");
        }
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.rate(id, form.rating(), comment, now)) {
            throw Refusal.of("services.errand.rating.already");
        }
        store.log(id, "RATED", now, user.username(), form.rating() + " 星" + (comment == null ? "" : "：" + comment), null);
        audit.record("ERRAND_RATE", "代办 #" + id + " " + errand.serviceTitle(), errand.divisionPath(), form.rating() + " 星");
        events.publishEvent(Notice.toRole(Role.COMMUNITY_WORKER, errand.committeeId(), null,
                "居民评价了代办「" + errand.serviceTitle() + "」：" + form.rating() + " 星", "/errands/" + id));
    }
}
