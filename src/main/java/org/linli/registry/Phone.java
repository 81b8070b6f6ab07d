package org.linli.registry;

/** Mainland mobile numbers: 11 digits starting 13–19. */
public final class Phone {

    private Phone() {
    }

    /** Null when valid, else the reason in Chinese. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "请填写手机号";
        }
        String s = text.strip();
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "手机号只能包含数字";
        }
        if (s.length() != 11) {
            return "手机号应为 11 位，实为 " + s.length() + " 位";
        }
        if (s.charAt(0) != '1' || s.charAt(1) < '3') {
            return "手机号应以 13–19 开头";
        }
        return null;
    }
}
