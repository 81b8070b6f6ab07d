package org.linli.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting and withdrawing postings with the change kept on the record: a correction is a new
 * version carrying its reason, the one it replaces stays readable as corrected; a withdrawal keeps
 * the posting, marked withdrawn with its reason and date. Both are audited. Also the reads of a
 * posting's versions and files that the boards show.
 */
@Service
public class Corrections {

    private final PostingStore store;
    private final Postings postings;
    private final Disclosures disclosures;
    private final AuditLog audit;
    private final Clock clock;

    Corrections(PostingStore store, Postings postings, Disclosures disclosures, AuditLog audit, Clock clock) {
        this.store = store;
        this.postings = postings;
        this.disclosures = disclosures;
        this.audit = audit;
        this.clock = clock;
    }

    /** A posting of the committee's board (404 otherwise). */
    public Posting posting(Division committee, long id) {
        return store.find(committee.id(), id).orElseThrow(() -> new NotFoundException("posting " + id));
    }

    /** Every version of the posting, the first first. */
    public List<Posting> versions(Division committee, long id) {
        return store.versions(committee.id(), posting(committee, id).chain());
    }

    /** The files of these postings, by posting. */
    public Map<Long, List<Attachment>> attachments(Collection<Long> postingIds) {
        return store.attachments(postingIds);
    }

    /** A file of the committee's board for anyone to open, unless its posting was withdrawn. */
    public Attachment.File file(Division committee, long attachmentId) {
        return store.file(committee.id(), attachmentId).orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    /** Corrects the current version; returns the new version's id. */
    @Transactional
    public long correct(Division committee, long id, Correction correction, CurrentUser user) {
        Posting old = posting(committee, id);
        Upload.check(correction.files());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.supersede(old.id(), now)) {
            throw Refusal.of("disclosure.posting.changed");
        }
        Item item = disclosures.catalogue(committee).stream().filter(i -> i.id() == old.itemId()).findFirst().orElse(null);
        LocalDate until = item == null ? old.displayUntil() : LocalDate.now(clock).plusDays(item.displayDays());
        long next = store.insertVersion(old, committee, correction.title(), correction.body(),
                until.isBefore(old.displayUntil()) ? old.displayUntil() : until, correction.reason(), user.username(), now);
        if (correction.files().isEmpty()) {
            store.copyAttachments(old.id(), next);
        } else {
            postings.attach(next, committee, correction.files(), user.username());
        }
        audit.record("DISCLOSURE_CORRECT", committee.name() + " " + old.title(), committee.path(),
                "第 " + (old.version() + 1) + " 版：" + correction.reason());
        return next;
    }

    /** Withdraws the current version, keeping it on the record as withdrawn. */
    @Transactional
    public void withdraw(Division committee, long id, Withdrawal withdrawal, CurrentUser user) {
        Posting p = posting(committee, id);
        if (!store.withdraw(p.id(), withdrawal.reason(), user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("disclosure.posting.changed");
        }
        audit.record("DISCLOSURE_WITHDRAW", committee.name() + " " + p.title(), committee.path(), withdrawal.reason());
    }
}
