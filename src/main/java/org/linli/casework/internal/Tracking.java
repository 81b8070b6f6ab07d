package org.linli.casework.internal;

import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.casework.Cases;
import org.linli.registry.PersonalData;
import org.linli.registry.Phone;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;

/**
 * The reporter's view of a case by its tracking code: status, the public steps and the answers
 * ({@link Outcome}), never the names of staff or their inside notes, nor anything about other people.
 */
@Service
public class Tracking {

    public record Step(OffsetDateTime at, CaseStatus status) {

        public LocalDateTime localAt() {
            return Times.local(at);
        }
    }

    private final CaseStore store;
    private final CaseReads reads;
    private final PersonalData personal;

    Tracking(CaseStore store, CaseReads reads, PersonalData personal) {
        this.store = store;
        this.reads = reads;
        this.personal = personal;
    }

    public Optional<CaseView> find(String code) {
        String c = code == null ? "" : code.strip().toUpperCase();
        if (!c.matches("[2-9A-Z]{8}")) {
            return Optional.empty();
        }
        return store.byTrackingCode(c).map(reads::load);
    }

    /** The case of a tracking code, or a 404. */
    public CaseView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("tracking " + code));
    }

    /** Status changes only; check-ins and ratings (which keep the status) are left out. */
    public List<Step> steps(CaseView c) {
        return reads.logOf(c.id()).stream().filter(l -> l.fromStatus() != l.toStatus())
                .map(l -> new Step(l.at(), l.toStatus())).toList();
    }

    /** The answers the reporter is given: departments' reports, and the notes of handing over, closing or rejecting. */
    public List<Outcome.Reply> outcome(CaseView c) {
        return Outcome.of(reads.logOf(c.id()), reads.attachmentsOf(c.id()));
    }

    public List<CaseReads.Attachment> reporterPhotos(CaseView c) {
        Long firstLog = reads.logOf(c.id()).getFirst().id();
        return reads.attachmentsOf(c.id()).stream().filter(a -> firstLog.equals(a.logId())).toList();
    }

    public CaseReads.Photo reporterPhoto(CaseView c, long attachmentId) {
        boolean shown = reporterPhotos(c).stream().anyMatch(a -> a.id() == attachmentId)
                || outcome(c).stream().flatMap(r -> r.photos().stream()).anyMatch(a -> a.id() == attachmentId);
        if (!shown) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        return reads.photoOf(c.id(), attachmentId);
    }

    /** Whether the caller is the reporter: their own signed-in account, or the phone number they gave. */
    public boolean isReporter(CaseView c, CurrentUser user, String phone) {
        if (user != null && user.role() == Role.RESIDENT && c.reporterAccountId() != null) {
            return c.reporterAccountId() == user.accountId();
        }
        if (phone == null || Phone.problem(phone) != null) {
            return false;
        }
        return store.reporterPhone(c.id()).map(s -> MessageDigest.isEqual(s.hash(), personal.hashPhone(phone))).orElse(false);
    }

    /** A signed-in resident's own cases, newest first. */
    public List<CaseView> mine(CurrentUser user) {
        return reads.queue(user, new Cases.Filter(null, null, null, false, false), 0, 100);
    }
}
