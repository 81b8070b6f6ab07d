package org.linli.casework;

import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.registry.PersonalData;
import org.linli.registry.Phone;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reporter's view of a case by its tracking code: status and the public steps, never the names
 * or notes of staff, nor anything about other people.
 */
@Service
public class Tracking {

    public record Step(OffsetDateTime at, CaseStatus status) {

        public LocalDateTime localAt() {
            return Times.local(at);
        }
    }

    private final JdbcClient jdbc;
    private final Cases cases;
    private final PersonalData personal;

    Tracking(JdbcClient jdbc, Cases cases, PersonalData personal) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.personal = personal;
    }

    public Optional<CaseView> find(String code) {
        String c = code == null ? "" : code.strip().toUpperCase();
        if (!c.matches("[2-9A-Z]{8}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM case_record WHERE tracking_code = :c").param("c", c).query(Long.class).optional()
                .map(cases::load);
    }

    /** Status changes only; check-ins and ratings (which keep the status) are left out. */
    public List<Step> steps(CaseView c) {
        return cases.logOf(c.id()).stream().filter(l -> l.fromStatus() != l.toStatus())
                .map(l -> new Step(l.at(), l.toStatus())).toList();
    }

    public List<Cases.Attachment> reporterPhotos(CaseView c) {
        Long firstLog = cases.logOf(c.id()).getFirst().id();
        return cases.attachmentsOf(c.id()).stream().filter(a -> firstLog.equals(a.logId())).toList();
    }

    public Cases.Photo reporterPhoto(CaseView c, long attachmentId) {
        if (reporterPhotos(c).stream().noneMatch(a -> a.id() == attachmentId)) {
            throw new org.linli.shared.NotFoundException("attachment " + attachmentId);
        }
        return cases.photoOf(c.id(), attachmentId);
    }

    /** Whether the caller is the reporter: their own signed-in account, or the phone number they gave. */
    public boolean isReporter(CaseView c, CurrentUser user, String phone) {
        if (user != null && user.role() == Role.RESIDENT && c.reporterAccountId() != null) {
            return c.reporterAccountId() == user.accountId();
        }
        if (phone == null || Phone.problem(phone) != null) {
            return false;
        }
        byte[] stored = jdbc.sql("SELECT reporter_phone_hash FROM case_record WHERE id = :id").param("id", c.id())
                .query(byte[].class).optional().orElse(null);
        return stored != null && MessageDigest.isEqual(stored, personal.hashPhone(phone));
    }

    /** A signed-in resident's own cases, newest first. */
    public List<CaseView> mine(CurrentUser user) {
        return cases.queue(user, new Cases.Filter(null, null, null, false, false), 0, 100);
    }
}
