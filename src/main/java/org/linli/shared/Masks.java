package org.linli.shared;

/** How personal data is shown when it is not revealed. */
public final class Masks {

    private Masks() {
    }

    /** {@code 150104********1234} */
    public static String idNumber(String region, String lastFour) {
        return region + "********" + lastFour;
    }

    /** {@code 138****5678} */
    public static String phone(String firstThree, String lastFour) {
        return firstThree + "****" + lastFour;
    }
}
