package org.linli.rules;

/**
 * A share such as "one third" (1/3), as the laws write their thresholds. Compared exactly, in
 * integers: at exactly two thirds, two thirds is reached, never missed by a rounding error.
 */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share needs 0 < numerator <= denominator: " + numerator + "/" + denominator);
        }
    }

    /** "1/3" (spaces allowed around the numbers); anything else is an {@link IllegalArgumentException}. */
    public static Fraction parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no share given");
        }
        String[] parts = text.strip().split("\\s*/\\s*", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("a share is written as 1/3: " + text);
        }
        return new Fraction(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Whether {@code part} of {@code whole} is this share or more; an empty whole reaches no share. */
    public boolean reachedBy(long part, long whole) {
        return whole > 0 && Math.multiplyExact(part, denominator) >= Math.multiplyExact(whole, numerator);
    }

    /** Whether {@code part} of {@code whole} is more than this share ("more than half"); an empty whole exceeds none. */
    public boolean exceededBy(long part, long whole) {
        return whole > 0 && Math.multiplyExact(part, denominator) > Math.multiplyExact(whole, numerator);
    }

    /** The share as a percentage for the page: "80%", "33.3%". */
    public String percent() {
        return java.math.BigDecimal.valueOf(numerator * 100L)
                .divide(java.math.BigDecimal.valueOf(denominator), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
