package org.linli.reports.templates;

import java.math.BigDecimal;

/** Figures as people write them: 35, not 35.00 (the column keeps two decimals for typed shares and amounts). */
public final class Figures {

    private Figures() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
