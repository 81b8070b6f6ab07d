package org.linli.workitems.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.workitems.lists.DistrictPaths;
import org.linli.workitems.lists.ListEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate counter (不予出具证明): a community worker finds, by the words the resident uses,
 * the entry of the district's list of certificates communities must not issue, and records the
 * request, with the department whose rule sent the resident, to print the refusal notice naming the
 * entry, its basis and the authority to go to. Workers record and read within their committee;
 * streets and the district read their subtree (404 outside).
 */
@Service
public class Certificates {

    private final CertificateStore store;
    private final Departments departments;
    private final AuditLog audit;
    private final Clock clock;

    Certificates(CertificateStore store, Departments departments, AuditLog audit, Clock clock) {
        this.store = store;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the certificate list's entries answering the words, and how many there are. */
    public record Found(List<ListEntry> entries, int total) {
    }

    /** A page of requests recorded in the scope, newest first, and how many there are. */
    public record Recorded(List<CertificateRequest> requests, int total) {
    }

    public Found search(CurrentUser user, String words, int page, int size) {
        String district = district(user);
        String q = normal(words);
        LocalDate today = LocalDate.now(clock);
        return new Found(store.search(district, today, q, Math.max(0, page) * size, size), store.countSearch(district, today, q));
    }

    /** The entry of the list in force the user may record a request for; 404 for any other. */
    public ListEntry entry(CurrentUser user, long entryId) {
        return store.entryInForce(district(user), LocalDate.now(clock), entryId)
                .orElseThrow(() -> new NotFoundException("certificate entry " + entryId));
    }

    /** The departments a committee may name (those at or above it), for the choice on the form. */
    public List<Department> departments(CurrentUser user) {
        return departments.summonableFrom(user.scope().path());
    }

    /** Whether the user records requests: a committee's worker (the counter is the committee's). */
    public static boolean records(CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER;
    }

    /** Records a request at the worker's committee for today; returns its id, for the notice. */
    @Transactional
    public long record(CertificateRequestForm form, CurrentUser user) {
        if (!records(user)) {
            throw Refusal.of("workitems.certificate.committee-only");
        }
        LocalDate today = LocalDate.now(clock);
        ListEntry entry = store.entryInForce(district(user), today, form.entryId())
                .orElseThrow(() -> Refusal.ofField("entryId", "workitems.certificate.entry.not-in-force"));
        Long departmentId = null;
        String departmentName = blank(form.department());
        if (form.departmentId() != null) {
            Department chosen = departments(user).stream().filter(d -> d.id() == form.departmentId()).findFirst()
                    .orElseThrow(() -> Refusal.ofField("departmentId", "workitems.certificate.department.unknown"));
            departmentId = chosen.id();
            departmentName = chosen.name();
        }
        String committee = user.scope().path();
        long id = store.insert(committee, today, entry, departmentId, departmentName, blank(form.resident()),
                OffsetDateTime.now(clock), user.username());
        audit.record("CERTIFICATE_REFUSED", entry.title(), committee,
                "不予出具：%s%s".formatted(entry.title(), departmentName == null ? "" : "（" + departmentName + "要求）"));
        return id;
    }

    /** A request recorded within the user's scope; 404 otherwise. */
    public CertificateRequest get(long id, CurrentUser user) {
        return store.find(id, user.scope().prefix()).orElseThrow(() -> new NotFoundException("certificate request " + id));
    }

    public Recorded recent(CurrentUser user, int page, int size) {
        String prefix = user.scope().prefix();
        return new Recorded(store.recent(prefix, Math.max(0, page) * size, size), store.count(prefix));
    }

    private static String district(CurrentUser user) {
        return DistrictPaths.of(user.scope().path()).orElseThrow(() -> new NotFoundException("certificates"));
    }

    /** The words as the search compares them: without spaces, and at most 50 characters. */
    static String normal(String words) {
        if (words == null) {
            return "";
        }
        String q = words.replaceAll("[\\s\\u3000]", "");
        return q.length() > 50 ? q.substring(0, 50) : q;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
