package org.linli.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.linli.shared.Role;

/** Loads accounts for sign-in, and counts failures towards the lock-out. */
@Component
class AccountUserDetails implements UserDetailsService {

    static final int MAX_FAILURES = 5;
    static final int LOCK_MINUTES = 15;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountUserDetails(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        SELECT id, username, display_name, role, division_id, division_path, password_hash, enabled,
                               locked_until FROM account WHERE username = :u""")
                .param("u", username)
                .query((rs, i) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return new LinliUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")), rs.getLong("division_id"), rs.getString("division_path"),
                            rs.getString("password_hash"), rs.getBoolean("enabled"),
                            lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now(clock)));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Counts a failed sign-in; empty for unknown usernames. */
    @Transactional
    java.util.Optional<Failure> recordFailure(String username) {
        return jdbc.sql("""
                        UPDATE account SET failed_attempts = failed_attempts + 1,
                               locked_until = CASE WHEN failed_attempts + 1 >= :max
                                                   THEN :now + make_interval(mins => :minutes) ELSE locked_until END
                        WHERE username = :u RETURNING failed_attempts >= :max, division_path""").param("now", OffsetDateTime.now(clock))
                .param("max", MAX_FAILURES)
                .param("minutes", LOCK_MINUTES)
                .param("u", username)
                .query((rs, i) -> new Failure(rs.getBoolean(1), rs.getString(2)))
                .optional();
    }

    /** Where a refused account belongs, so its administrators see the refusal in their audit log. */
    String scopeOf(String username) {
        return jdbc.sql("SELECT division_path FROM account WHERE username = :u").param("u", username)
                .query(String.class).optional().orElse("/");
    }

    record Failure(boolean locked, String divisionPath) {
    }

    @Transactional
    void recordSuccess(String username) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE username = :u")
                .param("u", username)
                .update();
    }
}
