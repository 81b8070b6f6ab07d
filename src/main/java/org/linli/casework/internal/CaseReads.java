package org.linli.casework.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.shared.Masks;
import org.linli.registry.PersonalData;
import org.linli.registry.Phone;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.casework.Cases;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;

/**
 * Reading cases: within the user's scope ({@link #get}), or unscoped for steps that have already
 * established who may act ({@link #load}: a tracking code, a rating, the clock). Places are named
 * by the division module, one lookup for a whole page.
 */
@Service
public class CaseReads {

    public record LogEntry(long id, OffsetDateTime at, String actor, String actorRole, CaseStatus fromStatus,
                           CaseStatus toStatus, String note, String departmentName) {

        public LocalDateTime localAt() {
            return Times.local(at);
        }

        public String roleLabel() {
            return actorRole == null ? "" : Role.valueOf(actorRole).label();
        }
    }

    public record Attachment(long id, Long logId, String filename, String contentType, int sizeBytes) {
    }

    /** A photo's bytes. */
    public record Photo(String contentType, byte[] data) {
    }

    /**
     * How a user's reads are bound: scope prefix, department (if a department), reporter (if a
     * resident), grid (if a grid worker, who also sees the cases dispatched to their grid).
     */
    record Access(String prefix, Long department, Long reporter, Long grid) {
    }

    /** A queue's text search as bound: a LIKE pattern of the words (null for none), and a whole phone number's keyed hash. */
    record Search(String words, byte[] phoneHash) {

        static final Search NONE = new Search(null, null);
    }

    /** How the statistics bind a user's data scope: the division prefix, and the department if a department. */
    public record Bounds(String prefix, Long department) {
    }

    private final CaseStore store;
    private final Departments departments;
    private final Divisions divisions;
    private final Accounts accounts;
    private final PersonalData personal;
    private final AuditLog audit;
    private final Clock clock;

    CaseReads(CaseStore store, Departments departments, Divisions divisions, Accounts accounts, PersonalData personal, AuditLog audit,
              Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.personal = personal;
        this.store = store;
        this.departments = departments;
        this.divisions = divisions;
        this.clock = clock;
    }

    Access access(CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_STAFF) {
            // A department without a department record sees nothing (id -1 matches no summons).
            return new Access(DataScope.COUNTRY.prefix(), departments.of(user).map(Department::id).orElse(-1L), null, null);
        }
        if (user.role() == Role.RESIDENT) {
            return new Access(DataScope.COUNTRY.prefix(), null, user.accountId(), null);
        }
        if (user.role() == Role.GRID_WORKER) {
            return new Access(user.scope().prefix(), null, null, user.divisionId());
        }
        return new Access(user.scope().prefix(), null, null, null);
    }

    public Bounds bounds(CurrentUser user) {
        Access a = access(user);
        return new Bounds(a.prefix(), a.department());
    }

    public List<CaseView> queue(CurrentUser user, Cases.Filter filter, int page, int size) {
        Search search = search(user, filter);
        if (search.phoneHash() != null && page == 0) {
            // Finding cases by a reporter's number is a use of personal data: recorded, the number masked.
            String t = filter.text();
            audit.record("CASE_PHONE_SEARCH", Masks.phone(t.substring(0, 3), t.substring(7)), user.scope().path(), "");
        }
        return named(store.queue(access(user), filter, search, page, size, OffsetDateTime.now(clock)));
    }

    public long count(CurrentUser user, Cases.Filter filter) {
        return store.count(access(user), filter, search(user, filter), OffsetDateTime.now(clock));
    }

    /**
     * The words of a search as a LIKE pattern; a whole phone number also finds the cases its owner
     * reported, by the number's keyed hash, but only for those who may call the reporter back (the
     * roles that may reveal the number). Anyone else's search for a number looks at the words alone,
     * so it cannot confirm whose number it is.
     */
    Search search(CurrentUser user, Cases.Filter filter) {
        String text = filter.text();
        if (text.isEmpty()) {
            return Search.NONE;
        }
        String words = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        boolean phone = Phone.problem(text) == null && CaseMoves.mayRevealPhone(user.role());
        return new Search(words, phone ? personal.hashPhone(text) : null);
    }

    public Cases.Waiting waiting(CurrentUser user) {
        return store.waiting(access(user), OffsetDateTime.now(clock));
    }

    public CaseView get(long id, CurrentUser user) {
        return store.get(access(user), id, OffsetDateTime.now(clock)).map(this::named)
                .orElseThrow(() -> new NotFoundException("case " + id));
    }

    /** Unscoped, for steps that have already checked who may act (tracking code, rating, the clock). */
    public CaseView load(long id) {
        return store.load(id).map(this::named).orElseThrow(() -> new NotFoundException("case " + id));
    }

    public List<LogEntry> log(long id, CurrentUser user) {
        get(id, user);
        return logOf(id);
    }

    List<LogEntry> logOf(long id) {
        return store.log(id);
    }

    public List<Attachment> attachments(long id, CurrentUser user) {
        get(id, user);
        return attachmentsOf(id);
    }

    List<Attachment> attachmentsOf(long id) {
        return store.attachments(id);
    }

    /** A photo's bytes, if the user may see its case. */
    public Photo photo(long caseId, long attachmentId, CurrentUser user) {
        get(caseId, user);
        return photoOf(caseId, attachmentId);
    }

    Photo photoOf(long caseId, long attachmentId) {
        return store.photo(caseId, attachmentId).orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    /** The grid and the grid worker a case is with ("第1网格 · 刘强"), or null when no grid holds it. */
    public String handlerName(CaseView c) {
        if (c.gridId() == null) {
            return null;
        }
        String grid = divisions.findUnscoped(c.gridId()).map(Division::name).orElse("");
        String worker = c.handlerId() == null ? "待接单" : accounts.byIds(List.of(c.handlerId())).stream()
                .map(a -> a.displayName()).findFirst().orElse("");
        return grid + " · " + worker;
    }

    private CaseView named(CaseView c) {
        return named(List.of(c)).getFirst();
    }

    private List<CaseView> named(List<CaseView> cases) {
        Map<String, String> names = divisions.byCodes(cases.stream().map(CaseView::divisionCode).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Division::code, Division::name));
        return cases.stream().map(c -> c.withDivisionName(names.getOrDefault(c.divisionCode(), c.divisionCode()))).toList();
    }
}
