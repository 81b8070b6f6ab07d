package org.linli.workforce.payroll;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.workforce.Worker;
import org.linli.workforce.pay.PayLine;
import org.linli.workforce.pay.PayTable;
import org.linli.workforce.pay.PayTables;
import org.linli.workforce.register.Register;
import org.springframework.stereotype.Service;

/**
 * The month's pay sheet. The street and the district see every worker of their scope; a committee's
 * worker sees only their own line (pay is personal). Each line is computed on the month's last day
 * from the register as it stands and the table applying then; the Excel file is the street's or
 * district's only, and its export is audited.
 */
@Service
public class PaySheets {

    private final Register register;
    private final PayTables tables;
    private final AuditLog audit;

    PaySheets(Register register, PayTables tables, AuditLog audit) {
        this.register = register;
        this.tables = tables;
        this.audit = audit;
    }

    public PaySheet month(YearMonth month, CurrentUser user) {
        List<Worker> workers = Register.mayEdit(user) ? register.all(user.scope()) : register.own(user).stream().toList();
        List<PayTable> all = tables.all();
        var day = month.atEndOfMonth();
        List<PayLine> lines = new ArrayList<>();
        List<Worker> without = new ArrayList<>();
        for (Worker w : workers) {
            if (w.startedOn().isAfter(day)) {
                continue;
            }
            Optional<PayTable> table = PayTables.applying(all, w.divisionPath(), day);
            table.ifPresentOrElse(t -> lines.add(t.pay(w, day)), () -> without.add(w));
        }
        return new PaySheet(month, day, lines, without);
    }

    /** The sheet for the Excel file: the street's and the district's, audited. */
    public PaySheet export(YearMonth month, CurrentUser user) {
        if (!Register.mayEdit(user)) {
            throw new NotFoundException("the pay sheet file is the street's and the district's");
        }
        PaySheet sheet = month(month, user);
        audit.record("PAY_SHEET_EXPORT", "pay-sheet-" + month, user.scope().path(), month + " 薪酬表，" + sheet.lines().size() + " 人");
        return sheet;
    }
}
