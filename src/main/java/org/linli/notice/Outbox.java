package org.linli.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.registry.PersonalData;
import org.linli.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages that leave Linli. They are queued once the change that published them has committed
 * ({@link NoticeListener}; a rolled-back change sends nothing), recipients sealed like other
 * personal data, and delivered afterwards by the deployment's {@link MessageGateway}.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    public record Message(long id, OffsetDateTime at, String channel, String recipientMask, String text, String status) {
    }

    private final OutboxStore store;
    private final PersonalData personal;
    private final ObjectProvider<MessageGateway> gateway;
    private final Clock clock;

    Outbox(OutboxStore store, PersonalData personal, ObjectProvider<MessageGateway> gateway, Clock clock) {
        this.store = store;
        this.personal = personal;
        this.gateway = gateway;
        this.clock = clock;
    }

    void queue(TextMessage message) {
        store.insert(message, OffsetDateTime.now(clock));
    }

    /** The latest messages about places within the scope, tracking codes masked. */
    public List<Message> recent(DataScope scope, int limit) {
        return store.recent(scope.prefix(), limit);
    }

    public long pending(DataScope scope) {
        return store.pending(scope.prefix());
    }

    /** Hands pending messages to the gateway, if the deployment has one; returns how many went. */
    @Scheduled(fixedDelayString = "${linli.outbox.interval:PT15S}")
    @SchedulerLock(name = "outbox", lockAtMostFor = "PT5M")
    @Transactional
    public int deliver() {
        Optional<MessageGateway> g = Optional.ofNullable(gateway.getIfAvailable());
        if (g.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (OutboxStore.Pending row : store.lockPending()) {
            try {
                g.get().send(row.channel(), personal.open(row.recipient()), row.text());
                store.sent(row.id(), OffsetDateTime.now(clock));
                sent++;
            } catch (RuntimeException e) {
                log.warn("outbound message {} not delivered: {}", row.id(), e.getMessage());
            }
        }
        return sent;
    }
}
