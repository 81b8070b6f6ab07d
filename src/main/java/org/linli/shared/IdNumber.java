package org.linli.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen ID number (GB 11643-1999): 6 digits of region, 8 of birth date, 3 of sequence
 * (odd = male) and a check character. {@link #parse} accepts only numbers whose check character,
 * birth date and characters are right, and says why not in Chinese otherwise.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST = LocalDate.of(1890, 1, 1);

    public IdNumber {
        String reason = problem(value);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
    }

    /** Parses after trimming and upper-casing a trailing x. */
    public static IdNumber parse(String text) {
        return new IdNumber(normalise(text));
    }

    public static Optional<IdNumber> tryParse(String text) {
        return problem(normalise(text)) == null ? Optional.of(new IdNumber(normalise(text))) : Optional.empty();
    }

    /**
     * Null when {@code text} is a valid ID number born on or before {@code today} (the clock's
     * date: a value type has no clock of its own), else the reason in Chinese.
     */
    public static String problem(String text, LocalDate today) {
        String reason = problem(text);
        if (reason == null && birthDateOf(text).isAfter(today)) {
            return "身份证号中的出生日期 " + text.substring(6, 14) + " 不可能";
        }
        return reason;
    }

    /** Null when {@code text} is a well-formed ID number (digits, real birth date, check character), else the reason. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "请填写身份证号";
        }
        if (text.length() != 18) {
            return "身份证号应为 18 位，实为 " + text.length() + " 位";
        }
        for (int i = 0; i < 17; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return "身份证号前 17 位只能是数字";
            }
        }
        char last = text.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return "身份证号最后一位只能是数字或 X";
        }
        LocalDate birth;
        try {
            birth = birthDateOf(text);
        } catch (DateTimeException e) {
            return "身份证号中的出生日期 " + text.substring(6, 14) + " 不存在";
        }
        if (birth.isBefore(EARLIEST)) {
            return "身份证号中的出生日期 " + text.substring(6, 14) + " 不可能";
        }
        if (checkCharacter(text.substring(0, 17)) != last) {
            return "身份证号校验位不正确";
        }
        return null;
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String region() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    private static LocalDate birthDateOf(String text) {
        return LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                Integer.parseInt(text.substring(12, 14)));
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String lastFour() {
        return value.substring(14);
    }

    /** {@code 150104***********4}: region and check character only. */
    public String masked() {
        return Masks.idNumber(region(), lastFour());
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String text) {
        return text == null ? null : text.strip().toUpperCase();
    }
}
