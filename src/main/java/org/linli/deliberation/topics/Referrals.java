package org.linli.deliberation.topics;

import org.linli.casework.CaseClosed;
import org.linli.casework.CaseOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The case loop's answers to topics referred at pre-review: the case it opened for the topic's
 * request, and later that the case was closed. Requests of other modules are not ours to record.
 */
@Component
class Referrals {

    private final TopicStore store;

    Referrals(TopicStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        Long topic = topicOf(opened.requestKey());
        if (topic != null) {
            store.caseOpened(topic, opened.caseId(), opened.number());
        }
    }

    @ApplicationModuleListener
    void on(CaseClosed closed) {
        Long topic = topicOf(closed.requestKey());
        if (topic != null) {
            store.caseClosed(topic, closed.caseId(), closed.closedAt());
        }
    }

    /** The topic a request key names, or null for keys that are not a topic's referral. */
    static Long topicOf(String requestKey) {
        if (requestKey == null || !requestKey.startsWith(PreReview.REFERRAL)) {
            return null;
        }
        try {
            return Long.parseLong(requestKey.substring(PreReview.REFERRAL.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
