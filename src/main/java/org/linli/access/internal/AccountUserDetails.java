package org.linli.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in, and counts failures towards the lock-out. */
@Component
class AccountUserDetails implements UserDetailsService {

    static final int MAX_FAILURES = 5;
    static final int LOCK_MINUTES = 15;

    private final AccountStore store;
    private final Clock clock;

    AccountUserDetails(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.principal(username, OffsetDateTime.now(clock)).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Counts a failed sign-in; empty for unknown usernames. */
    @Transactional
    java.util.Optional<Failure> recordFailure(String username) {
        return store.recordFailure(username, MAX_FAILURES, LOCK_MINUTES, OffsetDateTime.now(clock))
                .map(f -> new Failure(f.locked(), f.divisionPath()));
    }

    /** Where a refused account belongs, so its administrators see the refusal in their audit log. */
    String scopeOf(String username) {
        return store.findByUsername(username).map(org.linli.access.Account::divisionPath).orElse("/");
    }

    record Failure(boolean locked, String divisionPath) {
    }

    @Transactional
    void recordSuccess(String username) {
        store.recordSuccess(username);
    }
}
