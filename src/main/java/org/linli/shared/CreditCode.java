package org.linli.shared;

/**
 * A unified social credit code (GB 32100-2015): 18 characters from
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z): registration authority, kind,
 * 6-digit region, 9-character organisation code, check character (weights 3^(i−1) mod 31).
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        String reason = problem(value);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
    }

    public static CreditCode parse(String text) {
        return new CreditCode(text == null ? null : text.strip().toUpperCase());
    }

    /** Null when valid, else the reason in Chinese. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "请填写统一社会信用代码";
        }
        if (text.length() != 18) {
            return "统一社会信用代码应为 18 位，实为 " + text.length() + " 位";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return "统一社会信用代码第 " + (i + 1) + " 位“" + text.charAt(i) + "”不是允许的字符（不含 I、O、S、V、Z）";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return "统一社会信用代码第 3–8 位（行政区划码）应为数字";
            }
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            return "统一社会信用代码校验位不正确";
        }
        return null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public String region() {
        return value.substring(2, 8);
    }
}
