package org.linli.deliberation.meetings;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancelling a meeting that has not closed, with a reason. Its sign-ins and online ballots stay
 * on record but count for nothing: no minutes are written from them, voting is closed, and its
 * topics may be put to a new meeting.
 */
@Service
public class Cancelling {

    private final Assemblies assemblies;
    private final AssemblyStore store;
    private final AuditLog audit;
    private final Clock clock;

    Cancelling(Assemblies assemblies, AssemblyStore store, AuditLog audit, Clock clock) {
        this.assemblies = assemblies;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void cancel(long id, CancelMeeting cancel, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.cancel.worker-only");
        }
        assemblies.get(id, user);
        // Taken exclusively, like closing: a sign-in or ballot in flight finishes first or sees the meeting cancelled.
        Assembly a = store.lock(id, true);
        if (!a.open()) {
            throw Refusal.of("deliberation.cancel.not-open", a.status().label());
        }
        store.cancel(id, cancel.reason(), user.username(), OffsetDateTime.now(clock));
        Assemblies.Attendance att = store.attendance(a);
        audit.record("ASSEMBLY", a.title(), a.divisionPath(), "取消会议：" + cancel.reason() + "（已签到 " + att.inPerson() + "、线上投票 "
                + att.online() + " " + a.basis().unit() + "，均不计入）");
    }
}
