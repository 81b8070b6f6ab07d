package org.linli.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looking a resident up by a whole identifier (an ID or phone number) or by an ID's last four
 * confirms digits a masked value hides, so each such lookup — a search, an export, an enrolment's
 * check whether the number is registered — is written to the audit log and counted: at most
 * {@code linli.registry.identifier-searches-per-hour} (30) per account in any hour, then refused.
 */
@Service
public class IdentifierSearches {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final IdentifierSearchStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final int perHour;

    IdentifierSearches(IdentifierSearchStore store, AuditLog audit, Clock clock,
                       @Value("${linli.registry.identifier-searches-per-hour:30}") int perHour) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.perHour = perHour;
    }

    /**
     * Counts and audits one lookup by {@code user}, or refuses it once the hour's allowance is used.
     * Its own transaction: a lookup counts even when what follows it is refused.
     *
     * @param what what was looked up by, in Chinese (never the value itself)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = Refusal.class)
    public void count(CurrentUser user, String what) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.lock(user.username());
        if (store.since(user.username(), now.minus(WINDOW), now) >= perHour) {
            audit.record("PERSONAL_DATA_SEARCH_REFUSED", "账户 " + user.username(), user.scope().path(),
                    "按" + what + "查找超过每小时 " + perHour + " 次，已拒绝");
            throw Refusal.of("registry.search.limit", perHour);
        }
        store.add(user.username(), now);
        audit.record("PERSONAL_DATA_SEARCH", "账户 " + user.username(), user.scope().path(), "按" + what + "查找");
    }
}
