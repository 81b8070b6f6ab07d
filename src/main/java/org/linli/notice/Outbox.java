package org.linli.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.registry.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages that leave Linli. They are written in the transaction of the change that causes them
 * (so a rolled-back change sends nothing), recipients sealed like other personal data, and
 * delivered afterwards by the deployment's {@link MessageGateway}.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    public record Message(long id, OffsetDateTime at, String channel, String recipientMask, String text, String status) {
    }

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final ObjectProvider<MessageGateway> gateway;
    private final Clock clock;

    Outbox(JdbcClient jdbc, PersonalData personal, ObjectProvider<MessageGateway> gateway, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.personal = personal;
        this.gateway = gateway;
    }

    void queue(TextMessage message) {
        String text = message.text();
        jdbc.sql("INSERT INTO outbound_message (channel, recipient, recipient_mask, text) VALUES (:c, :r, :m, :t)")
                .param("c", message.channel()).param("r", message.recipient()).param("m", message.recipientMask())
                .param("t", text.length() > 500 ? text.substring(0, 500) : text).update();
    }

    public List<Message> recent(int limit) {
        return jdbc.sql("SELECT id, at, channel, recipient_mask, text, status FROM outbound_message ORDER BY id DESC LIMIT :l")
                .param("l", limit).query(Message.class).list();
    }

    public long pending() {
        return jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'PENDING'").query(Long.class).single();
    }

    /** Hands pending messages to the gateway, if the deployment has one; returns how many went. */
    @Scheduled(fixedDelayString = "${linli.outbox.interval:PT15S}")
    @Transactional
    public int deliver() {
        Optional<MessageGateway> g = Optional.ofNullable(gateway.getIfAvailable());
        if (g.isEmpty()) {
            return 0;
        }
        record Row(long id, String channel, byte[] recipient, String text) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, channel, recipient, text FROM outbound_message WHERE status = 'PENDING'
                        ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED""").query(Row.class).list();
        int sent = 0;
        for (Row row : rows) {
            try {
                g.get().send(row.channel(), personal.open(row.recipient()), row.text());
                jdbc.sql("UPDATE outbound_message SET status = 'SENT', sent_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock)).param("id", row.id()).update();
                sent++;
            } catch (RuntimeException e) {
                log.warn("outbound message {} not delivered: {}", row.id(), e.getMessage());
            }
        }
        return sent;
    }
}
