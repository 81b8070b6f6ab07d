package org.linli.notice;

/**
 * A message that leaves Linli (an SMS), published like a {@link Notice} in the transaction of the
 * change that causes it. The recipient stays sealed (the registry's vault) until the gateway sends.
 * {@code divisionPath} is the place the message is about: only administrators over it see it in
 * the outbox. {@code secret} is the part of the text meant for the recipient alone (a case's
 * tracking code, which opens the case's page and its rating): the outbox shows it masked.
 */
public record TextMessage(String channel, byte[] recipient, String recipientMask, String text, String divisionPath,
                          String secret) {

    public static TextMessage sms(byte[] sealedPhone, String phoneMask, String text, String divisionPath, String secret) {
        return new TextMessage("SMS", sealedPhone, phoneMask, text, divisionPath, secret);
    }

    /** The text as the outbox shows it to administrators. */
    public String shownText() {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "*".repeat(secret.length()));
    }
}
