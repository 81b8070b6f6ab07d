package org.linli.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;

/**
 * Extensions (延期) waiting for a street's decision, for the queue and the home page. Asking and
 * deciding live inside the module: whoever holds a limit asks before it passes, the street of the
 * case approves or refuses.
 */
@Service
public class Extensions {

    /** A request waiting for the street, as its queue lists it. */
    public record Pending(long id, long caseId, String number, String title, String departmentName, OffsetDateTime oldDue,
                          OffsetDateTime newDue, String requestedBy, OffsetDateTime requestedAt) {

        public String what() {
            return limitName(departmentName);
        }

        public LocalDateTime localOldDue() {
            return Times.local(oldDue);
        }

        public LocalDateTime localNewDue() {
            return Times.local(newDue);
        }
    }

    private final PendingExtensions store;
    private final Clock clock;

    Extensions(PendingExtensions store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The limit an extension moves: the case's finishing limit, or a summoned department's report limit. */
    public static String limitName(String departmentName) {
        return departmentName == null ? "办结时限" : departmentName + "反馈时限";
    }

    /** Whether this user decides requests: the staff of the case's street (the case must be in their scope). */
    public static boolean decides(CurrentUser user) {
        return user.role() == Role.STREET_STAFF;
    }

    /** Requests waiting for this user's decision, nearest limit first; none for those who do not decide. */
    public List<Pending> pending(CurrentUser user, int limit) {
        return decides(user) ? store.pending(user.scope().prefix(), OffsetDateTime.now(clock), limit) : List.of();
    }

    public long pendingCount(CurrentUser user) {
        return decides(user) ? store.count(user.scope().prefix(), OffsetDateTime.now(clock)) : 0;
    }
}
