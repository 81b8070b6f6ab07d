package org.linli.linkage.funds;

import java.math.BigDecimal;

/** What the fund received and spent for one project (or for none, {@code projectId} null). */
public record ProjectTotal(Long projectId, String title, BigDecimal donated, BigDecimal spent) {
}
