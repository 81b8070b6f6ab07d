package org.linli.workitems.burden;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.workitems.Admissions;
import org.linli.workitems.admission.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The burden inventory (减负): the committee or its street records what the committee carries and
 * when an item is removed; the street and the district read the counts before and now, and the
 * committees carrying the most. Removed items stay recorded, so "before" remains what was found.
 */
@Service
public class Burdens {

    private final BurdenStore store;
    private final Divisions divisions;
    private final Admissions admissions;
    private final AuditLog audit;
    private final Clock clock;

    Burdens(BurdenStore store, Divisions divisions, Admissions admissions, AuditLog audit, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.admissions = admissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A committee in the user's scope (404 outside it, or when not a committee). */
    public Division committee(long id, CurrentUser user) {
        Division d = divisions.get(id, user.scope());
        if (d.level() != Level.COMMITTEE) {
            throw new NotFoundException("division " + id + " is no committee");
        }
        return d;
    }

    /** Whether the user may record and remove: the committee itself and its street. */
    public boolean mayEdit(CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER || user.role() == Role.STREET_STAFF;
    }

    public Paged<BurdenItem> items(Division committee, int page, int size) {
        return Paged.of(store.ofCommittee(committee.path(), page * size, size), store.countOfCommittee(committee.path()), page, size);
    }

    @Transactional
    public long record(long committeeId, BurdenEntry entry, CurrentUser user) {
        Division committee = editable(committeeId, user);
        if (entry.workItemId() != null && admissions.find(entry.workItemId())
                .filter(a -> a.admits(committee.path(), LocalDate.now(clock))).isEmpty()) {
            throw Refusal.ofField("workItemId", "workitems.burden.work-item.unknown");
        }
        long id = store.insert(committee.path(), entry, null, user.username(), OffsetDateTime.now(clock));
        audit.record("BURDEN_SAVE", "burden-" + id, committee.path(), entry.kind().label() + "：" + entry.name());
        return id;
    }

    /** Marks an item removed today (摘牌, 取消); it stays in "before". */
    @Transactional
    public void remove(long committeeId, long itemId, CurrentUser user) {
        Division committee = editable(committeeId, user);
        BurdenItem item = store.find(itemId, user.scope()).filter(i -> i.committeePath().equals(committee.path()))
                .orElseThrow(() -> new NotFoundException("burden item " + itemId));
        if (!store.remove(item.id(), LocalDate.now(clock))) {
            throw Refusal.of("workitems.burden.removed-already");
        }
        audit.record("BURDEN_SAVE", "burden-" + item.id(), committee.path(), "取消：" + item.name());
    }

    /** Per kind in the user's scope: recorded (before), kept (now), kept without admission. */
    public Map<BurdenKind, BurdenCounts> counts(CurrentUser user) {
        return store.counts(user.scope());
    }

    /** The committees of the user's scope carrying the most, ranked in SQL. */
    public Paged<CommitteeBurden> ranking(CurrentUser user, int page, int size) {
        return Paged.of(store.ranking(user.scope(), page * size, size), store.countCommittees(user.scope()), page, size);
    }

    /** Every committee of the user's scope with its counts, for the Excel file. */
    public List<CommitteeBurden> all(CurrentUser user) {
        return store.ranking(user.scope(), 0, 100_000);
    }

    /** The committee, when the user may record for it (the committee itself and its street). */
    Division editable(long committeeId, CurrentUser user) {
        Division committee = committee(committeeId, user);
        if (!mayEdit(user)) {
            throw new NotFoundException("burden entry is the committee's and the street's");
        }
        return committee;
    }
}
