package org.linli.registry.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code identifier_search}: when each account searched for an identifier, for the rate limit. */
@Component
public class IdentifierSearchStore {

    private final JdbcClient jdbc;

    IdentifierSearchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises one account's searches, so that concurrent requests cannot pass the limit together. */
    public void lock(String username) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('identifier_search:' || :u))").param("u", username)
                .query((rs, i) -> 1).list();
    }

    public long since(String username, OffsetDateTime from, OffsetDateTime now) {
        return jdbc.sql("SELECT count(*) FROM identifier_search WHERE username = :u AND at > :from AND at <= :now")
                .param("u", username).param("from", from).param("now", now).query(Long.class).single();
    }

    public void add(String username, OffsetDateTime now) {
        jdbc.sql("INSERT INTO identifier_search (username, at) VALUES (:u, :now)").param("u", username).param("now", now)
                .update();
    }
}
