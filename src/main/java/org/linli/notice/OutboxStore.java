package org.linli.notice;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox's SQL: messages waiting for the gateway, and what became of them. */
@Component
class OutboxStore {

    /** A pending message as the gateway needs it, its recipient still sealed. */
    record Pending(long id, String channel, byte[] recipient, String text) {
    }

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TextMessage message, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO outbound_message (at, channel, recipient, recipient_mask, text, shown_text, division_path)
                        VALUES (:now, :c, :r, :m, :t, :shown, :path)""")
                .param("now", now).param("c", message.channel()).param("r", message.recipient())
                .param("m", message.recipientMask()).param("t", cut(message.text())).param("shown", cut(message.shownText()))
                .param("path", message.divisionPath()).update();
    }

    private static String cut(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** The latest messages about places within the scope, as administrators see them (secrets masked). */
    List<Outbox.Message> recent(String scopePath, int limit) {
        return jdbc.sql("""
                        SELECT id, at, channel, recipient_mask, shown_text AS text, status FROM outbound_message
                        WHERE division_path LIKE :scope || '%' ORDER BY id DESC LIMIT :l""")
                .param("scope", scopePath).param("l", limit).query(Outbox.Message.class).list();
    }

    long pending(String scopePath) {
        return jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'PENDING' AND division_path LIKE :scope || '%'")
                .param("scope", scopePath).query(Long.class).single();
    }

    /** Up to 100 pending messages, locked so that two deliveries never send one twice. */
    List<Pending> lockPending() {
        return jdbc.sql("""
                        SELECT id, channel, recipient, text FROM outbound_message WHERE status = 'PENDING'
                        ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED""").query(Pending.class).list();
    }

    void sent(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE outbound_message SET status = 'SENT', sent_at = :now WHERE id = :id").param("now", now).param("id", id)
                .update();
    }
}
