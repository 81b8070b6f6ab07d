package org.linli.access.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.springframework.stereotype.Component;

/**
 * People's names where records keep the account's login name (the case log, the audit log,
 * registry changes, minutes; issue #12): pages show {@code ${people.name(actor)}}, public pages
 * {@code ${people.masked(actor)}} (surname and *). A name not of an account (typed names, the
 * system) is shown as it is. Names are kept a minute, so a long list costs one read per person.
 */
public class PeopleNames {

    private static final long KEEP_SECONDS = 60;
    private static final Map<String, String> MACHINES = Map.of("system", "系统");

    private final Accounts accounts;
    private final Clock clock;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private volatile Instant keptSince;

    PeopleNames(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.keptSince = clock.instant();
    }

    /** The person's name for a login name, or the text itself when no account has it. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        Instant now = clock.instant();
        if (now.isAfter(keptSince.plusSeconds(KEEP_SECONDS)) || now.isBefore(keptSince)) {
            names.clear();
            keptSince = now;
        }
        return names.computeIfAbsent(username, u -> Optional.ofNullable(MACHINES.get(u))
                .or(() -> accounts.findByUsername(u).map(Account::displayName)).orElse(u));
    }

    /** The name as a public page shows it: the surname and one * ("张*"). */
    public String masked(String username) {
        String name = name(username);
        return name.isEmpty() ? "" : name.charAt(0) + "*";
    }
}
