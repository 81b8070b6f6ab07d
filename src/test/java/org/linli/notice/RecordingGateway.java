package org.linli.notice;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/** The test deployment's gateway: records what would have been sent instead of sending it. */
@Component
public class RecordingGateway implements MessageGateway {

    public record Sent(String channel, String recipient, String text) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String channel, String recipient, String text) {
        sent.add(new Sent(channel, recipient, text));
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }
}
