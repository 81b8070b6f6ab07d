package org.linli.volunteers.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

/** Minutes of service from a sign-in and a sign-out: rounded to the rule's step, capped at the activity's length. */
public final class Hours {

    private Hours() {
    }

    /**
     * The whole minutes between sign-in and sign-out, rounded to the nearest multiple of {@code step}
     * (half a step rounds up), never more than the activity lasts and never negative.
     */
    public static int minutes(OffsetDateTime signedIn, OffsetDateTime signedOut, int step, Duration activityLength) {
        long raw = Math.max(0, Duration.between(signedIn, signedOut).toMinutes());
        long rounded = step <= 1 ? raw : (raw + step / 2) / step * step;
        return (int) Math.min(rounded, activityLength.toMinutes());
    }

    /** Minutes as hours for people: 90 → "1.5". */
    public static String hours(long minutes) {
        java.math.BigDecimal h = java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0).toPlainString() : h.toPlainString();
    }
}
