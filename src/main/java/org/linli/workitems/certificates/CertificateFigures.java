package org.linli.workitems.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.workitems.certificates.CertificateFigureStore.By;
import org.springframework.stereotype.Service;

/**
 * How many certificates residents asked committees for that the list says they must not issue,
 * per kind and per department named, for each child division of the user's scope (a street's
 * committees, a district's streets; a committee sees itself), between two days.
 */
@Service
public class CertificateFigures {

    private final CertificateFigureStore store;
    private final Divisions divisions;
    private final Clock clock;

    CertificateFigures(CertificateFigureStore store, Divisions divisions, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** One kind (or department): its total and its count in each column. */
    public record Row(String key, long total, List<Long> counts) {
    }

    /** A page of rows and how many keys there are in all. */
    public record Table(List<Row> rows, int keys) {
    }

    /** The figures: the child divisions as columns, a table by kind and one by department. */
    public record Figures(LocalDate from, LocalDate to, List<Division> columns, Table byKind, Table byDepartment) {
    }

    public Figures of(CurrentUser user, LocalDate from, LocalDate to, int page, int size) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        List<Division> columns = columns(user);
        String prefix = user.scope().prefix();
        return new Figures(start, end, columns, table(By.KIND, prefix, start, end, columns, page, size),
                table(By.DEPARTMENT, prefix, start, end, columns, page, size));
    }

    /** The divisions counted apart: the children of the user's division, or the committee itself. */
    List<Division> columns(CurrentUser user) {
        Division node = divisions.get(user.divisionId(), user.scope());
        if (node.level() == Level.COMMITTEE || node.isPlace()) {
            return List.of(node);
        }
        return divisions.children(node, user.scope(), 0, 500);
    }

    private Table table(By by, String prefix, LocalDate from, LocalDate to, List<Division> columns, int page, int size) {
        List<CertificateFigureStore.Total> totals = store.totals(by, prefix, from, to, Math.max(0, page) * size, size);
        List<String> keys = totals.stream().map(CertificateFigureStore.Total::key).toList();
        Map<String, Map<String, Long>> cells = store.cells(by, prefix, from, to, keys,
                columns.stream().map(Division::path).toList());
        List<Row> rows = totals.stream().map(t -> new Row(t.key(), t.total(), columns.stream()
                .map(c -> cells.getOrDefault(t.key(), Map.of()).getOrDefault(c.path(), 0L)).toList())).toList();
        return new Table(rows, store.keys(by, prefix, from, to));
    }
}
