package org.linli.deliberation.followup;

/** The street's reason for flagging a topic for rectification or for sending a result back. */
public record Reason(String reason) {

    public Reason {
        reason = reason == null ? "" : reason.strip();
    }
}
