package org.linli.conventions.points;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Bindings;
import org.linli.division.Division;
import org.linli.notice.Notice;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident contests an entry of their own household with a reason (one open contest per entry);
 * the committee's workers are told, and one of them upholds the entry or withdraws it (a reversing
 * entry). The resident is told the answer by a notice.
 */
@Service
public class Contests {

    public record Page(List<Contest> contests, long total) {
    }

    private final ContestStore store;
    private final PointsStore points;
    private final PointsLog log;
    private final Bindings bindings;
    private final CommitteeOf committees;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Contests(ContestStore store, PointsStore points, PointsLog log, Bindings bindings, CommitteeOf committees, AuditLog audit,
             ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.points = points;
        this.log = log;
        this.bindings = bindings;
        this.committees = committees;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long contest(long entryId, ReasonForm form, CurrentUser user) {
        if (user.role() != Role.RESIDENT) {
            throw Refusal.of("conventions.contest.residents-only");
        }
        Bindings.Bound bound = bindings.of(user.accountId()).orElseThrow(() -> Refusal.of("conventions.not-bound"));
        PointsEntry entry = points.entryOfHousehold(entryId, bound.householdId())
                .orElseThrow(() -> new NotFoundException("points entry " + entryId));
        if (!entry.standing()) {
            throw Refusal.ofField("reason", "conventions.entry.not-standing");
        }
        long id = store.insert(entryId, bound.householdId(), user.accountId(), form.reason(), OffsetDateTime.now(clock))
                .orElseThrow(() -> Refusal.ofField("reason", "conventions.contest.open"));
        audit.record("POINTS_CONTEST", "积分记录 #" + entryId, entry.divisionPath(), form.reason());
        Division committee = committees.byPath(entry.committeePath());
        events.publishEvent(Notice.toRole(Role.COMMUNITY_WORKER, committee.id(), null,
                "居民对积分记录（%s %s 分）提出异议".formatted(entry.ruleName(), entry.signedPoints()), "/points/contests"));
        return id;
    }

    /** The entry stands; the resident is told why. */
    @Transactional
    public void uphold(long contestId, ReasonForm answer, CurrentUser user) {
        Contest contest = decide(contestId, ContestStatus.UPHELD, answer, user);
        tell(contest, "您对积分记录（%s）的异议已处理：维持原记录。%s".formatted(contest.ruleName(), answer.reason()));
    }

    /** The entry is withdrawn by a reversing entry; the resident is told. */
    @Transactional
    public void withdraw(long contestId, ReasonForm answer, CurrentUser user) {
        Contest contest = decide(contestId, ContestStatus.WITHDRAWN, answer, user);
        PointsEntry entry = points.entry(contest.entryId(), user.scope().prefix()).orElseThrow();
        log.reverse(entry, "异议成立撤销：" + answer.reason(), user.username());
        tell(contest, "您对积分记录（%s）的异议成立，该记录已撤销。%s".formatted(contest.ruleName(), answer.reason()));
    }

    private Contest decide(long contestId, ContestStatus status, ReasonForm answer, CurrentUser user) {
        committees.recorder(user);
        Contest contest = get(contestId, user);
        if (!store.decide(contestId, status, answer.reason(), user.username(), OffsetDateTime.now(clock))) {
            throw Refusal.of("conventions.contest.decided");
        }
        audit.record("POINTS_CONTEST_" + status.name(), "积分记录 #" + contest.entryId(), contest.divisionPath(), answer.reason());
        return contest;
    }

    private void tell(Contest contest, String text) {
        events.publishEvent(Notice.toAccount(contest.accountId(), null, brief(text), "/points/mine"));
    }

    /** A notice holds 300 characters; a long answer is cut, the page shows it whole. */
    public static String brief(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    public Contest get(long contestId, CurrentUser user) {
        CommitteeOf.staff(user);
        return store.find(contestId, user.scope().prefix()).orElseThrow(() -> new NotFoundException("contest " + contestId));
    }

    public Page within(CurrentUser user, boolean open, int page, int size) {
        CommitteeOf.staff(user);
        String prefix = user.scope().prefix();
        return new Page(store.within(prefix, open, PointsLog.offset(page, size), size), store.countWithin(prefix, open));
    }

    List<Contest> ofHousehold(long householdId) {
        return store.ofHousehold(householdId);
    }
}
