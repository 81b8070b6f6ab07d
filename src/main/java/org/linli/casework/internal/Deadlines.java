package org.linli.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.division.Division;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits that act: every minute, limits that have passed are recorded against whoever held the
 * case (the committee, or the department that was summoned), the holders are told, and cases of
 * categories that say so escalate to the street by themselves. A case whose finishing limit is
 * recorded as missed is marked past due at once, so the figures count it due to close without
 * waiting for the rollup's minute job.
 */
@Service
public class Deadlines {

    private static final Logger log = LoggerFactory.getLogger(Deadlines.class);
    public static final String CLOCK = "系统（超时自动上报）";

    private final DeadlineStore store;
    private final CaseStore cases;
    private final CaseReads reads;
    private final CaseRecords records;
    private final CaseNotices notices;
    private final TransactionTemplate tx;
    private final Clock clock;

    Deadlines(DeadlineStore store, CaseStore cases, CaseReads reads, CaseRecords records, CaseNotices notices,
              TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.reads = reads;
        this.records = records;
        this.notices = notices;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${linli.cases.deadline-scan:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "case-deadline-scan", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void scheduled() {
        try {
            scan(OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            log.warn("deadline scan failed", e);
        }
    }

    /** Records and acts on every limit passed by {@code now}; returns how many limits were newly missed. */
    public int scan(OffsetDateTime now) {
        int missed = 0;
        for (DeadlineStore.CommunityDue d : store.communityMissed(now)) {
            missed += tx.execute(s -> communityMissed(d, now));
        }
        for (DeadlineStore.SummonsDue d : store.departmentsMissed(now)) {
            missed += tx.execute(s -> departmentMissed(d, now));
        }
        return missed;
    }

    private int communityMissed(DeadlineStore.CommunityDue d, OffsetDateTime now) {
        CaseView c = reads.load(d.id());
        String committee = notices.committee(c).map(Division::path).orElse(c.divisionPath());
        boolean accept = "ACCEPT".equals(d.stage());
        if (!store.record(d.id(), d.stage(), committee, null, d.due(), now)) {
            return 0;
        }
        if ("GRID".equals(d.stage())) {
            // A dispatch not handled in time: the committee sees it overdue and decides (take it back, dispatch anew).
            notices.overdue(c, c.status() == CaseStatus.DISPATCHED ? "网格员未接单" : "网格员办理", null);
            return 1;
        }
        if (!accept) {
            cases.markPastDue(d.id());
        }
        if (c.status().automatic() != null && store.autoEscalates(c.categoryCode())) {
            records.transition(c, c.status().automatic(), (accept ? "超过受理时限" : "超过办结时限") + "，自动上报街道", CLOCK, null, null);
        } else {
            notices.overdue(c, accept ? "受理" : "办结", null);
        }
        return 1;
    }

    private int departmentMissed(DeadlineStore.SummonsDue d, OffsetDateTime now) {
        if (!store.record(d.caseId(), d.stage(), null, d.departmentId(), d.due(), now)) {
            return 0;
        }
        notices.overdue(reads.load(d.caseId()), "CHECKIN".equals(d.stage()) ? "部门报到" : "部门反馈", d.departmentId());
        return 1;
    }
}
