package org.linli.casework.intake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.casework.CaseOpened;
import org.linli.casework.CaseRequested;
import org.linli.casework.CaseStatus;
import org.linli.casework.Channel;
import org.linli.casework.internal.CaseLimits;
import org.linli.casework.internal.CaseNotices;
import org.linli.casework.internal.CaseReads;
import org.linli.casework.internal.CaseRecords;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every channel's way in: checks a submission ({@link IntakeChecks}), then opens the case once,
 * logs it, tells the committee and the reporter, and publishes {@link CaseOpened}.
 */
@Service
public class Intake {

    /** The case a submission opened, or ({@code duplicate}) the one an earlier identical submission opened. */
    public record Opened(long caseId, String number, String trackingCode, String divisionPath, boolean duplicate) {
    }

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final IntakeChecks checks;
    private final IntakeStore store;
    private final CaseLimits limits;
    private final CaseRecords records;
    private final CaseReads reads;
    private final CaseNotices notices;
    private final Divisions divisions;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Intake(IntakeChecks checks, IntakeStore store, CaseLimits limits, CaseRecords records, CaseReads reads,
           CaseNotices notices, Divisions divisions, Accounts accounts, AuditLog audit, ApplicationEventPublisher events,
           Clock clock) {
        this.checks = checks;
        this.store = store;
        this.limits = limits;
        this.records = records;
        this.reads = reads;
        this.notices = notices;
        this.divisions = divisions;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the case, or returns the one an earlier submission by the same submitter with the same
     * key opened; refuses what fails a check.
     */
    @Transactional
    public Opened open(NewCase form, Submitter who) {
        return open(form.withSubmissionKey(SubmissionKeys.scoped(form.submissionKey(), who)), who, null);
    }

    /**
     * A case another module asked for: a visit entered by the asker, keyed by the request. In a
     * transaction of its own, so that a refusal rolls back only the attempt and the listener that
     * called it can still finish.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Opened openRequested(CaseRequested request) {
        Division committee = divisions.findUnscoped(request.committeeId())
                .orElseThrow(() -> Refusal.of("casework.request.unknown-committee", String.valueOf(request.committeeId())));
        Account asker = accounts.findByUsername(request.requestedBy())
                .orElseThrow(() -> Refusal.of("casework.request.unknown-requester", request.requestedBy()));
        NewCase form = new NewCase(request.category(), committee.code(), request.title(), request.description(), Channel.WALK_IN,
                null, request.reporterName(), null, null, null, null, request.requestKey(), java.util.List.of());
        Submitter who = new Submitter(asker.username(), asker.role(), new DataScope(asker.divisionPath()), asker.id(), null);
        return open(form, who, request.requestKey());
    }

    private Opened open(NewCase form, Submitter who, String requestKey) {
        if (form.submissionKey() != null) {
            Opened earlier = store.earlier(form.submissionKey());
            if (earlier != null) {
                return earlier;
            }
        }
        IntakeChecks.Checked checked = checks.check(form, who);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = store.nextId();
        String number = "C" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + id;
        String tracking = trackingCode();
        String path = checked.place().path();
        String category = checked.category().code();
        IntakeStore.NewRow row = new IntakeStore.NewRow(id, number, tracking, form, checked, who, now,
                limits.acceptDue(form.channel(), category, path, now), limits.finishDue(category, path, now), requestKey);
        if (!store.insert(row)) {
            // Another request with the same key committed first.
            return store.earlier(form.submissionKey());
        }
        long logId = records.log(id, who.actor(), who.role(), null, CaseStatus.REPORTED, form.channel().label(), null);
        records.savePhotos(id, logId, form.photos(), who.actor());
        audit.recordAs(who.actor(), "CASE_OPEN", number + " " + checked.title(), checked.place().path(), checked.category().name());
        notices.reported(reads.load(id), checked.phone(), records.account(who.actor()).map(Account::id).orElse(null));
        events.publishEvent(new CaseOpened(id, number, tracking, checked.place().path(), requestKey, who.accountId()));
        return new Opened(id, number, tracking, path, false);
    }

    private String trackingCode() {
        StringBuilder s = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            s.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return s.toString();
    }
}
