package org.linli.casework.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A submission key as stored: the key the client chose, bound to whoever submitted it (account,
 * API key or browser session) and hashed. A key alone therefore never finds another submitter's
 * case — not a guessed one, nor the keys other modules use for the cases they ask for
 * ({@code topic-referral-…}), which are stored as they are and can never take this form.
 */
final class SubmissionKeys {

    private static final String PREFIX = "s-";

    private SubmissionKeys() {
    }

    static String scoped(String key, Submitter who) {
        if (key == null) {
            return null;
        }
        return PREFIX + sha256(owner(who) + "\n" + key).substring(0, 62);
    }

    private static String owner(Submitter who) {
        if (who.accountId() != null) {
            return "account:" + who.accountId();
        }
        if (who.apiKeyId() != null) {
            return "api-key:" + who.apiKeyId();
        }
        // An anonymous submitter known by no session cannot be told apart from others: no key is shared.
        return who.session() != null ? "session:" + who.session() : "once:" + UUID.randomUUID();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
