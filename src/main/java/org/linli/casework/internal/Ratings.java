package org.linli.casework.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.shared.CurrentUser;
import org.linli.shared.Masks;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评: the reporter rates a closed case once per closing, 5 (非常满意) to 1 (非常不满意).
 * 不满意 or worse reopens it for rectification; the reopened case can be rated again when closed.
 */
@Service
public class Ratings {

    public static final List<String> GRADES = List.of("", "非常不满意", "不满意", "基本满意", "满意", "非常满意");

    public record Rating(int score, String comment, OffsetDateTime ratedAt) {

        public String grade() {
            return GRADES.get(score);
        }

        public LocalDateTime localRatedAt() {
            return Times.local(ratedAt);
        }
    }

    private final RatingStore store;
    private final CaseReads reads;
    private final CaseRecords records;
    private final Tracking tracking;
    private final AuditLog audit;
    private final Clock clock;

    Ratings(RatingStore store, CaseReads reads, CaseRecords records, Tracking tracking, AuditLog audit, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.records = records;
        this.tracking = tracking;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Rating> of(long caseId) {
        return store.of(caseId);
    }

    /** Whether the case waits for the reporter's rating (closed, and not rated since it closed). */
    public boolean awaitsRating(CaseView c) {
        return c.status() == CaseStatus.CLOSED && !store.ratedSince(c.id(), c.closedAt());
    }

    /**
     * The reporter rates the case found by its tracking code: a signed-in resident who reported it,
     * or whoever gives the phone number it was reported with.
     */
    @Transactional
    public void rate(CaseView c, RatingForm form, CurrentUser user) {
        if (!tracking.isReporter(c, user, form.phone())) {
            throw Refusal.ofField("phone", "casework.rating.not-the-reporter");
        }
        String rater = user != null && user.role() == Role.RESIDENT ? user.username()
                : "居民 " + Masks.phone(form.phone().substring(0, 3), form.phone().substring(7));
        rate(c.id(), form.score(), form.comment(), rater);
    }

    /** Rates a case whose reporter the caller has already established. */
    @Transactional
    public void rate(long caseId, int score, String comment, String rater) {
        CaseView c = reads.load(caseId);
        if (!awaitsRating(c)) {
            throw Refusal.of("casework.rating.not-awaited");
        }
        if (score < 1 || score > 5) {
            throw Refusal.ofField("score", "casework.rating.score-required");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 500) {
            throw Refusal.ofField("comment", "casework.rating.too-long");
        }
        if (score <= 2 && text.isEmpty()) {
            throw Refusal.ofField("comment", "casework.rating.reason-required");
        }
        store.rate(caseId, score, text.isEmpty() ? null : text, rater, OffsetDateTime.now(clock));
        audit.recordAs(rater, "CASE_RATE", c.number() + " " + c.title(), c.divisionPath(), GRADES.get(score));
        if (score <= 2) {
            records.transition(reads.load(caseId), CaseStatus.REOPENED, "评价“" + GRADES.get(score) + "”：" + text, rater,
                    Role.RESIDENT, null);
        } else {
            records.log(caseId, rater, Role.RESIDENT, CaseStatus.CLOSED, CaseStatus.CLOSED, "评价“" + GRADES.get(score) + "”"
                    + (text.isEmpty() ? "" : "：" + text), null);
        }
    }
}
