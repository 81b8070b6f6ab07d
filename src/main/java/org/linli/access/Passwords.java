package org.linli.access;

/** The password policy: long enough, and not only one kind of character. */
public final class Passwords {

    public static final int MIN_LENGTH = 8;

    private Passwords() {
    }

    /** Null when acceptable, else the reason in Chinese. */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "密码至少 " + MIN_LENGTH + " 位";
        }
        if (password.length() > 72) {
            return "密码不能超过 72 位";
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return "密码须同时包含字母和数字";
        }
        return null;
    }
}
