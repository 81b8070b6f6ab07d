package org.linli.casework.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.casework.internal.CaseReads;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the rankings use (按期结案率, 满意率, …), for the cases created in a period within the
 * user's data scope, grouped by the child divisions of the user's node, by summoned department or
 * by category. Streets, districts and departments read the rollup ({@link CaseTally}), whose rows
 * stop at committees; a committee, whose children are grids, counts its own cases directly (a few
 * thousand a year). {@code CaseStatsTest} checks that both give the same figures.
 */
@Service
public class CaseStats {

    private final CaseCounts counts;
    private final CaseReads reads;
    private final Divisions divisions;
    private final Departments departments;
    private final Categories categories;
    private final CaseTally tally;

    CaseStats(CaseCounts counts, CaseReads reads, Divisions divisions, Departments departments, Categories categories, CaseTally tally) {
        this.counts = counts;
        this.reads = reads;
        this.divisions = divisions;
        this.departments = departments;
        this.categories = categories;
        this.tally = tally;
    }

    /** The figures of one page: each group, and their total where groups do not overlap. */
    public record Report(String scopeName, Period period, Grouping grouping, List<Grouping> groupings,
                         List<GroupFigures> rows, GroupFigures total) {

        public boolean hasCases() {
            return rows.stream().anyMatch(r -> !r.isEmpty());
        }
    }

    /** Groupings a user may choose: a department sees only its own cases, so no division breakdown. */
    public List<Grouping> groupings(CurrentUser user) {
        return user.role() == Role.DEPARTMENT_STAFF ? List.of(Grouping.CATEGORY, Grouping.DEPARTMENT) : List.of(Grouping.values());
    }

    /** Where the figures come from: the rollup, or the cases themselves. */
    enum Source { TALLY, CASES }

    @Transactional(readOnly = true)
    public Report report(CurrentUser user, Grouping requested, Period period) {
        return report(user, requested, period, null);
    }

    /** The report from the given source, or (null) from the one that suits the user's node. */
    @Transactional(readOnly = true)
    Report report(CurrentUser user, Grouping requested, Period period, Source source) {
        if (user.role() == Role.RESIDENT) {
            throw new NotFoundException("case statistics");
        }
        Grouping grouping = groupings(user).contains(requested) ? requested : groupings(user).getFirst();
        CaseReads.Bounds bounds = reads.bounds(user);
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow();
        Map<String, GroupFigures> groups = new LinkedHashMap<>();
        listed(user, grouping, node, bounds).forEach((key, name) -> groups.put(key, GroupFigures.empty(key, name)));

        int cut = node.path().length() + 1;
        if (source == null) {
            source = bounds.department() != null || CaseTally.depth(bounds.prefix()) < CaseTally.COMMITTEE_DEPTH
                    ? Source.TALLY : Source.CASES;
        }
        List<GroupFigures> found = source == Source.TALLY
                ? tally.figures(grouping, period, bounds.prefix(), cut, bounds.department())
                : counts.figures(grouping, period, bounds.prefix(), cut, bounds.department());
        for (GroupFigures f : found) {
            groups.merge(f.key(), f, GroupFigures::plus);
        }
        for (GroupFigures f : counts.gridFigures(grouping, period, bounds.prefix(), cut, bounds.department())) {
            groups.merge(f.key(), f, GroupFigures::plus);
        }
        List<GroupFigures> rows = new ArrayList<>();
        for (GroupFigures f : groups.values()) {
            rows.add(f.name().equals(f.key()) ? f.named(nameOf(grouping, f.key())) : f);
        }
        GroupFigures total = null;
        if (grouping != Grouping.DEPARTMENT) {  // a case summoned to two departments is in two rows
            total = rows.stream().reduce(GroupFigures.empty("", "合计"), GroupFigures::plus);
        }
        String scopeName = departments.of(user).map(Department::name).orElse(node.name());
        return new Report(scopeName, period, grouping, groupings(user), rows, total);
    }

    /** The groups shown even when they have no cases, in their usual order. */
    private Map<String, String> listed(CurrentUser user, Grouping g, Division node, CaseReads.Bounds bounds) {
        Map<String, String> names = new LinkedHashMap<>();
        switch (g) {
            case REGION -> divisions.children(node, user.scope(), 0, 1000).forEach(d -> names.put(d.code(), d.name()));
            case CATEGORY -> categories.all().forEach(k -> names.put(k.code(), k.name()));
            case DEPARTMENT -> {
                if (bounds.department() != null) {
                    departments.of(user).ifPresent(d -> names.put(String.valueOf(d.id()), d.name()));
                } else {
                    departments.summonableFrom(node.path()).forEach(d -> names.put(String.valueOf(d.id()), d.name()));
                    departments.within(user.scope()).forEach(d -> names.put(String.valueOf(d.id()), d.name()));
                }
            }
        }
        return names;
    }

    private String nameOf(Grouping g, String key) {
        return switch (g) {
            case REGION -> key.isEmpty() ? "本级（未落到下级的案件）"
                    : divisions.findByCode(key).map(Division::name).orElse(key);
            case DEPARTMENT -> departments.get(Long.parseLong(key)).name();
            case CATEGORY -> categories.find(key).map(Category::name).orElse(key);
        };
    }
}
