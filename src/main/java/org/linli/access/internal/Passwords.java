package org.linli.access.internal;

import org.linli.shared.Refusal;

/** The password policy: long enough, not too long for bcrypt, and not only one kind of character. */
final class Passwords {

    static final int MIN_LENGTH = 8;
    /** bcrypt reads no further than 72 bytes. */
    static final int MAX_LENGTH = 72;

    private Passwords() {
    }

    /** Refuses a weak password, naming {@code field} as the one to correct. */
    static void check(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw Refusal.ofField(field, "access.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw Refusal.ofField(field, "access.password.too-long", MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw Refusal.ofField(field, "access.password.letters-and-digits");
        }
    }
}
