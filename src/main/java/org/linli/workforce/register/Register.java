package org.linli.workforce.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Level;
import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.workforce.Worker;
import org.linli.workforce.pay.PayReview;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff register of committees and streets. The street and the district enter and change their
 * workers; a committee's worker reads their committee's register and their own record; anything
 * outside the user's scope is not found.
 */
@Service
public class Register {

    static final List<Level> PLACES = List.of(Level.STREET, Level.COMMITTEE);

    private final WorkerStore store;
    private final Accounts accounts;
    private final PlaceNames places;
    private final PayReview pay;
    private final AuditLog audit;
    private final Clock clock;

    Register(WorkerStore store, Accounts accounts, PlaceNames places, PayReview pay, AuditLog audit, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.places = places;
        this.pay = pay;
        this.audit = audit;
        this.clock = clock;
    }

    /** The street and the district keep the register; committees read it. */
    public static boolean mayEdit(CurrentUser user) {
        return user.role() == Role.DISTRICT_ADMIN || user.role() == Role.STREET_STAFF;
    }

    /** Pay is personal: the worker sees their own, the street and the district everyone's in their scope. */
    public static boolean maySeePay(Worker worker, CurrentUser user) {
        return mayEdit(user) || worker.accountId() != null && worker.accountId() == user.accountId();
    }

    public Paged<Worker> list(CurrentUser user, WorkerFilter filter, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return new Paged<>(store.list(user.scope(), filter, today, page * size, size), store.count(user.scope(), filter, today), page, size);
    }

    /** Every working worker of the scope (pay sheets, the day's review), in register order. */
    public List<Worker> all(DataScope scope) {
        return store.list(scope, WorkerFilter.NONE, LocalDate.now(clock), 0, 100_000);
    }

    public Map<String, Long> perPlace(DataScope scope) {
        return store.perPlace(scope, LocalDate.now(clock));
    }

    /** A worker of the user's scope (404 outside it). */
    public Worker find(long id, CurrentUser user) {
        return store.find(id, user.scope()).orElseThrow(() -> new NotFoundException("worker " + id));
    }

    /** The workers of these ids in the user's scope, in one query. */
    public Map<Long, Worker> byIds(java.util.Collection<Long> ids, CurrentUser user) {
        return store.byIds(ids, user.scope()).stream().collect(java.util.stream.Collectors.toMap(Worker::id, w -> w));
    }

    /** A worker's growth record: the street and the district for their scope, a committee's worker only their own. */
    public Worker growth(long id, CurrentUser user) {
        Worker w = find(id, user);
        if (!mayEdit(user) && !maySeePay(w, user)) {
            throw new NotFoundException("worker " + id + " is not the user's own record");
        }
        return w;
    }

    /** The signed-in person's own record, when they are on the register. */
    public Optional<Worker> own(CurrentUser user) {
        return store.ofAccount(user.accountId()).filter(w -> user.scope().covers(w.divisionPath()));
    }

    /** A worker the user may change (the street's or district's, in scope); anyone else is refused. */
    public Worker editable(long id, CurrentUser user) {
        Worker w = find(id, user);
        refuseUnlessEditor(user);
        return w;
    }

    public static void refuseUnlessEditor(CurrentUser user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException("the register is kept by the street and the district");
        }
    }

    /** The place typed (a committee or street of the scope), or the refusal on the field. */
    public Division place(String typed, CurrentUser user) {
        return places.resolve(typed, user.scope(), PLACES, "place")
                .orElseThrow(() -> Refusal.ofField("place", "workforce.worker.place.unknown"));
    }

    /**
     * The path a list is filtered by: the place typed, or a path nothing lies under when it names no
     * place of the scope (the list is then empty, as for any filter that matches nobody).
     */
    public String filterPath(String typed, CurrentUser user) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return place(typed, user).path();
        } catch (Refusal unknown) {
            return "/-/";
        }
    }

    @Transactional
    public long add(WorkerForm form, CurrentUser user) {
        refuseUnlessEditor(user);
        Division place = place(form.place(), user);
        LocalDate today = LocalDate.now(clock);
        if (form.startedOn().isAfter(today)) {
            throw Refusal.ofField("startedOn", "workforce.worker.started.future");
        }
        Qualifications.checkCertificate(form.certificateOrNone(), form.certifiedOn(), today);
        Long accountId = account(form.username(), place, user);
        long id = store.insert(place.path(), form, accountId, user.username(), OffsetDateTime.now(clock));
        Worker w = store.find(id, user.scope()).orElseThrow();
        audit.record("WORKER_ADD", "worker-" + id, place.path(), w.name() + "：" + w.post().label() + " " + w.grade() + " 级");
        pay.review(w, "入职定级：" + w.post().label() + " " + w.grade() + " 级", user.username());
        return id;
    }

    /** The account a worker signs in with: a staff account of the same place, not tied to anyone else. */
    private Long account(String username, Division place, CurrentUser user) {
        if (username == null || username.isBlank()) {
            return null;
        }
        Account a = accounts.findByUsername(username.strip()).filter(x -> user.scope().covers(x.divisionPath()))
                .orElseThrow(() -> Refusal.ofField("username", "workforce.worker.account.unknown"));
        if (!a.divisionPath().equals(place.path()) || (a.role() != Role.COMMUNITY_WORKER && a.role() != Role.STREET_STAFF)) {
            throw Refusal.ofField("username", "workforce.worker.account.elsewhere");
        }
        if (store.accountTaken(a.id())) {
            throw Refusal.ofField("username", "workforce.worker.account.taken");
        }
        return a.id();
    }
}
