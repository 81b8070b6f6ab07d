package org.linli.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in, and marks failures on the account for its administrators. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountStore store;
    private final Clock clock;

    AccountUserDetails(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.principal(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * Marks a failed sign-in on the account of that name, if there is one; a pause shows there as
     * locked (it does not stop sign-in from other sources). Empty for unknown names.
     */
    @Transactional
    Optional<String> recordFailure(String username, Optional<Duration> pause) {
        OffsetDateTime until = pause.map(p -> OffsetDateTime.now(clock).plus(p)).orElse(null);
        return store.recordFailure(username, until);
    }

    /** Where a refused account belongs, so its administrators see the refusal in their audit log. */
    String scopeOf(String username) {
        return store.findByUsername(username).map(org.linli.access.Account::divisionPath).orElse("/");
    }

    @Transactional
    void recordSuccess(String username) {
        store.recordSuccess(username);
    }
}
