package org.linli.shared;

/** How personal data is shown when it is not revealed. */
public final class Masks {

    private Masks() {
    }

    /**
     * {@code 150104***********4}: the region and the check character only. The birth date and the
     * sequence digits stay hidden, so that with an age in years and the sex beside it a number
     * still has some 16,000 candidates (docs/security.md).
     */
    public static String idNumber(String region, String lastFour) {
        return region + "***********" + lastFour.substring(lastFour.length() - 1);
    }

    /** {@code 138****5678} */
    public static String phone(String firstThree, String lastFour) {
        return firstThree + "****" + lastFour;
    }

    /** {@code 陈**}: the surname's character and a star for each further one (at least one); blank stays as it is. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
