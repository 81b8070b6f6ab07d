package org.linli.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A gateway for trials and for the durability tests ({@code linli.outbox.log-gateway=true}): it
 * "sends" by writing the message's text, without the recipient, to the log. Off by default, since
 * the texts carry tracking codes.
 */
@Component
@ConditionalOnProperty(name = "linli.outbox.log-gateway", havingValue = "true")
class LogGateway implements MessageGateway {

    private static final Logger log = LoggerFactory.getLogger(LogGateway.class);

    @Override
    public void send(String channel, String recipient, String text) {
        log.info("outbox sent {}: {}", channel, text);
    }
}
