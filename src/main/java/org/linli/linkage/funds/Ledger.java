package org.linli.linkage.funds;

import java.math.BigDecimal;
import java.util.List;

import org.linli.linkage.internal.Page;

/** A committee's fund: a page of entries, the totals in and out, the balance and the totals per project. */
public record Ledger(Page<FundEntry> entries, BigDecimal donated, BigDecimal spent, List<ProjectTotal> projects) {

    public BigDecimal balance() {
        return donated.subtract(spent);
    }
}
