package org.linli.workforce.payroll;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.linli.workforce.Worker;
import org.linli.workforce.pay.PayLine;

/**
 * A month's pay sheet for a scope: each worker's line on the month's last day, and the workers whose
 * region has no pay table yet (listed, not guessed).
 */
public record PaySheet(YearMonth month, LocalDate day, List<PayLine> lines, List<Worker> withoutTable) {

    public long total() {
        return lines.stream().mapToLong(PayLine::total).sum();
    }
}
