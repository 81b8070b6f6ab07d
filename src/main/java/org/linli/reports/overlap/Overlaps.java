package org.linli.reports.overlap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.reports.measures.MeasureCatalogue;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.measures.Measure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overlap finder (item 6 of 一套表): fields of different report templates that ask the same
 * thing, with a proposal and the typed values each committee is spared per request period. A typed
 * field asked by k templates spares k − 1 values once merged; a typed field that is a catalogue
 * measure (same label and unit) spares all its typed values, the system filling it. The district
 * administrator reads every department's templates of the district, street staff those of the
 * departments they may summon, a department the overlaps touching its own templates; others 404.
 */
@Service
public class Overlaps {

    public static final int PAGE_SIZE = 20;

    private final OverlapStore store;
    private final Departments departments;
    private final Divisions divisions;
    private final MeasureCatalogue catalogue;

    Overlaps(OverlapStore store, Departments departments, Divisions divisions, MeasureCatalogue catalogue) {
        this.store = store;
        this.departments = departments;
        this.divisions = divisions;
        this.catalogue = catalogue;
    }

    /** A field of a group, with its template and department named. */
    public record Field(long templateId, String template, String department, String label, String unit, Measure measure) {
    }

    /** Fields asking the same thing; {@code proposed} is the measure to use, or null ("make it a measure"). */
    public record Group(Measure proposed, String label, String unit, int templates, int spared, List<Field> fields) {
    }

    /**
     * A page of groups and the totals: templates read, their typed fields, and the typed values each
     * committee is spared per period if every group were merged ({@code typed - spared} remain).
     */
    public record Found(List<Group> groups, long groupCount, long templates, long typed, long spared, int committees,
                        int page, int pages) {

        public long remaining() {
            return typed - spared;
        }

        public long sparedInRegion() {
            return spared * committees;
        }
    }

    @Transactional(readOnly = true)
    public Found find(CurrentUser user, int page) {
        Department own = null;
        DataScope region;
        List<Department> read;
        switch (user.role()) {
            case DISTRICT_ADMIN -> {
                region = user.scope();
                read = departments.within(region);
            }
            case STREET_STAFF -> {
                region = user.scope();
                read = departments.summonableFrom(user.scope().path());
            }
            case DEPARTMENT_STAFF -> {
                own = departments.of(user).orElseThrow(() -> new NotFoundException("department of " + user.username()));
                region = new DataScope(own.divisionPath());
                read = departments.within(region);
            }
            default -> throw new NotFoundException("overlaps");
        }
        Map<Long, String> names = read.stream().collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
        List<Measure> measures = catalogue.all();
        Map<String, Measure> byCode = measures.stream().collect(Collectors.toMap(Measure::code, Function.identity()));
        int at = Math.max(page, 0);
        OverlapStore.Found found = store.find(names.keySet(), own == null ? -1 : own.id(), measures, at * PAGE_SIZE, PAGE_SIZE);
        List<Group> groups = found.groups().stream().map(g -> group(g, names, byCode)).toList();
        int committees = divisions.countByLevel(region).getOrDefault(Level.COMMITTEE, 0L).intValue();
        int pages = (int) Math.max(1, (found.groupCount() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Found(groups, found.groupCount(), found.templates(), found.typed(), found.spared(), committees, at, pages);
    }

    private static Group group(OverlapStore.Group g, Map<Long, String> names, Map<String, Measure> byCode) {
        Measure proposed = g.measure() == null ? null : byCode.get(g.measure());
        List<Field> fields = g.fields().stream().map(f -> new Field(f.templateId(), f.template(),
                names.getOrDefault(f.departmentId(), ""), f.label(), f.unit(),
                f.measureCode() == null ? null : byCode.get(f.measureCode()))).toList();
        OverlapStore.Field first = g.fields().getFirst();
        String label = proposed != null ? proposed.label() : first.label();
        String unit = proposed != null ? proposed.unit() : first.unit();
        return new Group(proposed, label, unit, g.templates(), g.spared(), fields);
    }
}
