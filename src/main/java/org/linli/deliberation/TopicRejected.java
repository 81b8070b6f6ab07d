package org.linli.deliberation;

/** A topic change that breaks a rule, with the reason in Chinese. */
public class TopicRejected extends RuntimeException {

    public TopicRejected(String reason) {
        super(reason);
    }
}
