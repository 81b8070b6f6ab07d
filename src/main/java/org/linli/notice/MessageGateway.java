package org.linli.notice;

/**
 * Delivers one outbound message (an SMS gateway, an e-mail server). Linli ships without one:
 * messages wait in the outbox until a deployment provides a gateway bean.
 */
public interface MessageGateway {

    /** Sends; throws if the provider refused, so the message stays pending and is retried. */
    void send(String channel, String recipient, String text);
}
