package org.linli.notice;

/**
 * A message that leaves Linli (an SMS), published like a {@link Notice} in the transaction of the
 * change that causes it. The recipient stays sealed (the registry's vault) until the gateway sends.
 */
public record TextMessage(String channel, byte[] recipient, String recipientMask, String text) {

    public static TextMessage sms(byte[] sealedPhone, String phoneMask, String text) {
        return new TextMessage("SMS", sealedPhone, phoneMask, text);
    }
}
