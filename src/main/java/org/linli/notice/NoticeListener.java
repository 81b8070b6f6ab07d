package org.linli.notice;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Stores the notices and messages other modules publish, after their change has committed. */
@Component
class NoticeListener {

    private final Notices notices;
    private final Outbox outbox;

    NoticeListener(Notices notices, Outbox outbox) {
        this.notices = notices;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(Notice notice) {
        notices.store(notice);
    }

    @ApplicationModuleListener
    void on(TextMessage message) {
        outbox.queue(message);
    }
}
