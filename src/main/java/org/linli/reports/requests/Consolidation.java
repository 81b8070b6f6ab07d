package org.linli.reports.requests;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.reports.templates.Figures;
import org.linli.reports.templates.ReportField;
import org.linli.reports.templates.Templates;
import org.linli.reports.templates.Viewer;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The consolidated table of a request (汇总表): the department sees every committee's form, a street
 * or the district those of its committees, grouped by street with subtotals and a total.
 */
@Service
public class Consolidation {

    private final ConsolidatedStore store;
    private final Requests requests;
    private final Templates templates;
    private final Divisions divisions;
    private final Clock clock;

    Consolidation(ConsolidatedStore store, Requests requests, Templates templates, Divisions divisions, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.templates = templates;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** The table, or one street's part of it ({@code streetCode}, for a large district). */
    public ConsolidatedTable table(long requestId, CurrentUser user, String streetCode) {
        Viewer viewer = templates.viewer(user);
        ReportRequest request = requests.get(requestId, viewer);
        List<ReportField> fields = templates.find(request.templateId()).orElseThrow().fields();
        String path = viewer.department() ? "/" : user.scope().path();
        if (streetCode != null && !streetCode.isBlank()) {
            Division street = divisions.findByCode(streetCode.strip()).orElseThrow(() -> new NotFoundException("street " + streetCode));
            if (!street.path().startsWith(path) && !path.startsWith(street.path())) {
                throw new NotFoundException("street " + streetCode);
            }
            path = street.path().length() > path.length() ? street.path() : path;
        }
        List<ConsolidatedTable.Row> rows = store.rows(request.id(), new DataScope(path).prefix());
        return assemble(request, fields, rows);
    }

    private ConsolidatedTable assemble(ReportRequest request, List<ReportField> fields, List<ConsolidatedTable.Row> rows) {
        Set<String> codes = new HashSet<>();
        for (ConsolidatedTable.Row r : rows) {
            codes.add(last(r.committeePath()));
            codes.add(last(parent(r.committeePath())));
        }
        Map<String, String> names = divisions.byCodes(codes).stream().collect(Collectors.toMap(Division::code, Division::name));
        Map<String, List<ConsolidatedTable.Row>> byStreet = new LinkedHashMap<>();
        for (ConsolidatedTable.Row r : rows) {
            byStreet.computeIfAbsent(parent(r.committeePath()), k -> new ArrayList<>()).add(new ConsolidatedTable.Row(r.formId(),
                    r.committeePath(), names.getOrDefault(last(r.committeePath()), r.committeePath()), r.status(), r.level(),
                    r.returnedCount(), r.late(), r.cells()));
        }
        LocalDate today = LocalDate.now(clock);
        List<ConsolidatedTable.Street> streets = new ArrayList<>();
        byStreet.forEach((street, list) -> streets.add(new ConsolidatedTable.Street(street, names.getOrDefault(last(street), street),
                list, sum(list, fields.size()))));
        int submitted = 0;
        int approved = 0;
        int late = 0;
        int returned = 0;
        for (ConsolidatedTable.Row r : rows) {
            submitted += r.shown() ? 1 : 0;
            approved += r.approved() ? 1 : 0;
            late += r.late() || (!r.shown() && request.overdue(today)) ? 1 : 0;
            returned += r.returnedCount() > 0 ? 1 : 0;
        }
        return new ConsolidatedTable(request, fields, streets, sum(rows, fields.size()),
                new ConsolidatedTable.Counts(rows.size(), submitted, approved, late, returned));
    }

    /** Column sums over the approved forms. */
    static List<BigDecimal> sum(List<ConsolidatedTable.Row> rows, int columns) {
        BigDecimal[] sums = new BigDecimal[columns];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        for (ConsolidatedTable.Row r : rows) {
            if (!r.approved()) {
                continue;
            }
            for (int i = 0; i < columns && i < r.cells().size(); i++) {
                BigDecimal v = r.cells().get(i).value();
                sums[i] = v == null ? sums[i] : sums[i].add(v);
            }
        }
        return java.util.Arrays.stream(sums).map(Figures::plain).toList();
    }

    static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
    }

    static String last(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
