package org.linli.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grid workers in the case loop (domain.md §3–§4): a community worker dispatches (派单) a case to
 * a grid of the case's committee, or to one grid worker of it, with the grid's limit
 * ({@code case.grid-limit}); a grid worker takes (接单) a case dispatched to them or their grid, or
 * one that lies in their grid, and handles it ({@link CaseStatus#HANDLING}) until they hand it in for
 * verification with a plain move. Grids and their workers are read through the division and access
 * faces.
 */
@Service
public class GridWork {

    /** A grid a case may be dispatched to, with its grid workers; {@code own} if the case lies in it. */
    public record GridOption(long id, String code, String name, List<Account> workers, boolean own) {
    }

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final CaseReads reads;
    private final CaseRecords records;
    private final CaseStore store;
    private final CaseLimits limits;
    private final CaseNotices notices;
    private final Divisions divisions;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    GridWork(CaseReads reads, CaseRecords records, CaseStore store, CaseLimits limits, CaseNotices notices, Divisions divisions,
             Accounts accounts, AuditLog audit, Clock clock) {
        this.reads = reads;
        this.records = records;
        this.store = store;
        this.limits = limits;
        this.notices = notices;
        this.divisions = divisions;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayDispatch(CaseView c, CurrentUser user) {
        return c.status().mayMoveTo(CaseStatus.DISPATCHED, user.role());
    }

    /** The grids of the case's committee within the user's scope, with their grid workers. */
    public List<GridOption> grids(CaseView c, CurrentUser user) {
        return notices.committee(c).filter(d -> user.scope().covers(d.path()))
                .map(committee -> divisions.children(committee, user.scope(), 0, 500).stream()
                        .filter(d -> d.level() == Level.GRID)
                        .map(g -> new GridOption(g.id(), g.code(), g.name(), accounts.gridWorkers(g.id(), user.scope()),
                                new DataScope(g.path()).covers(c.divisionPath())))
                        .toList())
                .orElse(List.of());
    }

    /** Dispatches the case to a grid of its committee (and, if named, one of its grid workers). */
    @Transactional
    public void dispatch(long id, Dispatch command, CurrentUser user) {
        CaseView c = reads.get(id, user);
        c.status().requireTransition(CaseStatus.DISPATCHED, user.role());
        GridOption grid = grids(c, user).stream().filter(g -> command.grid() != null && g.id() == command.grid()).findFirst()
                .orElseThrow(() -> Refusal.ofField("grid", "casework.dispatch.grid-required"));
        if (grid.workers().isEmpty()) {
            throw Refusal.ofField("grid", "casework.dispatch.no-grid-worker", grid.name());
        }
        Account worker = command.worker() == null ? null : grid.workers().stream().filter(a -> a.id() == command.worker()).findFirst()
                .orElseThrow(() -> Refusal.ofField("worker", "casework.dispatch.worker-outside", grid.name()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime due = limits.gridDue(c.categoryCode(), c.divisionPath(), now, c.finishDue());
        String dueText = Times.local(due).format(DUE);
        store.dispatch(id, grid.id(), worker == null ? null : worker.id(), now, due);
        String to = grid.name() + (worker == null ? "" : "（" + worker.displayName() + "）");
        String note = "派单至 " + to + "，" + dueText + " 前办结反馈" + (command.note().isEmpty() ? "" : "。" + Sentences.strip(command.note()));
        records.transition(c, CaseStatus.DISPATCHED, note, user.username(), user.role(), null);
        audit.record("CASE_DISPATCH", c.number() + " " + c.title(), c.divisionPath(), to);
        Division division = divisions.findUnscoped(grid.id()).orElseThrow();
        notices.dispatched(c, division, worker == null ? null : worker.id(), dueText, user.accountId());
    }

    /** Whether the grid worker may take this case: theirs by dispatch, or of their grid and not another's. */
    public boolean mayTake(CaseView c, CurrentUser user) {
        if (user.role() != Role.GRID_WORKER || !c.status().mayMoveTo(CaseStatus.HANDLING, user.role())) {
            return false;
        }
        boolean ofGrid = c.gridId() != null ? c.gridId() == user.divisionId() : user.scope().covers(c.divisionPath());
        return ofGrid && (c.handlerId() == null || c.handlerId() == user.accountId());
    }

    /** The grid worker takes the case (接单) and handles it from now. */
    @Transactional
    public void take(long id, CurrentUser user) {
        CaseView c = reads.get(id, user);
        c.status().requireTransition(CaseStatus.HANDLING, user.role());
        if (!mayTake(c, user)) {
            throw Refusal.of("casework.take.not-yours");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.take(id, user.accountId(), user.divisionId(), now, limits.gridDue(c.categoryCode(), c.divisionPath(), now, c.finishDue()));
        records.transition(c, CaseStatus.HANDLING, "网格员接单", user.username(), user.role(), null);
        audit.record("CASE_TAKE", c.number() + " " + c.title(), c.divisionPath(), user.displayName());
    }

    /**
     * Whether a plain move by a grid worker concerns a case they hold: a case another grid worker
     * took (or was dispatched to) is theirs alone.
     */
    static boolean holds(CaseView c, CurrentUser user) {
        return user.role() != Role.GRID_WORKER || c.handlerId() == null || Objects.equals(c.handlerId(), user.accountId());
    }

    /** A move back to the community (taken back, or handed back) ends the grid's part. */
    void released(CaseView c, CaseStatus target) {
        if (target == CaseStatus.ACCEPTED && (c.status() == CaseStatus.DISPATCHED || c.status() == CaseStatus.HANDLING)) {
            store.release(c.id());
        }
    }
}
