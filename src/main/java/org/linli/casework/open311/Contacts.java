package org.linli.casework.open311;

import org.linli.registry.Phone;

/**
 * How a client's phone number and e-mail address are read. Clients abroad and at home write
 * numbers every way ({@code +86 138-0013-8000}, {@code (0471) 1234567}, {@code 01234 567890}):
 * a mainland mobile, however written, becomes its eleven digits and goes to the intake like any
 * reporter's number (SMS, finding one's cases by number); any other number is kept as given,
 * sealed, and shown by its last four digits only.
 */
final class Contacts {

    static final int MAX_PHONE = 40;
    static final int MAX_EMAIL = 254;

    private Contacts() {
    }

    /** The eleven digits of a mainland mobile number however it is written, or null when it is none. */
    static String mobile(String phone) {
        String digits = phone.replaceAll("[\\s\\-().]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return Phone.problem(digits) == null ? digits : null;
    }

    /** Whether the text reads as a telephone number at all: digits with the usual signs, at least seven digits. */
    static boolean isNumber(String phone) {
        return phone.length() <= MAX_PHONE && phone.matches("[0-9+\\-(). /]*(?:(?:ext|x|转)\\.? ?[0-9]+)?")
                && phone.chars().filter(Character::isDigit).count() >= 7;
    }

    /** {@code ****4567}: the last four digits. */
    static String maskNumber(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return "****" + digits.substring(Math.max(0, digits.length() - 4));
    }

    static boolean isEmail(String email) {
        return email.length() <= MAX_EMAIL && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** {@code w***@example.com}: the first character and the domain. */
    static String maskEmail(String email) {
        int at = email.indexOf('@');
        String mask = email.substring(0, 1) + "***" + email.substring(at);
        return mask.length() > 80 ? mask.substring(0, 80) : mask;
    }
}
