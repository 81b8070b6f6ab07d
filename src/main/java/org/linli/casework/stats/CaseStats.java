package org.linli.casework.stats;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.casework.Cases;
import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** The same data scope as {@code Cases.visible}: staff by division path, a department by its summonses. */
    private static final String SCOPE = """
            WHERE c.division_path LIKE :prefix || '%' AND c.created_at >= :from AND c.created_at < :to
              AND (CAST(:dept AS bigint) IS NULL
                   OR EXISTS (SELECT 1 FROM case_summons x WHERE x.case_id = c.id AND x.department_id = CAST(:dept AS bigint)))
            """;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Divisions divisions;
    private final Departments departments;
    private final Categories categories;
    private final CaseTally tally;
    private final Clock clock;

    CaseStats(JdbcClient jdbc, Cases cases, Divisions divisions, Departments departments, Categories categories, CaseTally tally, Clock clock) {
        this.clock = clock;
        this.tally = tally;
        this.jdbc = jdbc;
        this.cases = cases;
        this.divisions = divisions;
        this.departments = departments;
        this.categories = categories;
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
        Cases.Bounds bounds = cases.bounds(user);
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
                : counted(grouping, period, bounds.prefix(), cut, bounds.department());
        for (GroupFigures f : found) {
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

    /** Every figure per group key, counted from the cases themselves. */
    private List<GroupFigures> counted(Grouping g, Period period, String prefix, int cut, Long dept) {
        Map<String, Object> params = Map.of("prefix", prefix, "from", period.from(), "to", period.to(), "cut", cut);
        List<GroupFigures> rows = new ArrayList<>(caseFigures(g, params, dept));
        for (Object[] s : counted(summonsSql(g), params, dept, 2)) {
            rows.add(GroupFigures.empty((String) s[0], (String) s[0]).withSummonses((long) s[1], (long) s[2]));
        }
        for (Object[] o : counted(overdueSql(g), params, dept, 1)) {
            rows.add(GroupFigures.empty((String) o[0], (String) o[0]).withOverdue((long) o[1]));
        }
        return rows;
    }

    private List<GroupFigures> caseFigures(Grouping g, Map<String, Object> params, Long dept) {
        String sql = "SELECT " + g.caseKey + """
                 AS key,
                       count(*) AS received,
                       count(*) FILTER (WHERE c.accepted_at IS NOT NULL OR c.status NOT IN ('REPORTED', 'REJECTED')) AS accepted,
                       count(*) FILTER (WHERE c.status = 'CLOSED') AS closed,
                       count(*) FILTER (WHERE c.status = 'CLOSED' AND c.closed_on_time) AS closed_on_time,
                       count(*) FILTER (WHERE c.status = 'CLOSED' OR (c.status <> 'REJECTED' AND c.finish_due < :now)) AS due_to_close,
                       count(*) FILTER (WHERE c.rework_count > 0) AS reworked,
                       count(*) FILTER (WHERE c.extension_count > 0) AS extended,
                       count(c.rating) AS rated,
                       count(*) FILTER (WHERE c.rating >= 3) AS satisfied,
                       coalesce(sum(extract(epoch FROM c.closed_at - c.created_at)) FILTER (WHERE c.status = 'CLOSED'), 0) / 3600.0
                           AS close_hours
                FROM case_record c
                """ + g.caseJoin + "\n" + SCOPE + " GROUP BY 1";
        return jdbc.sql(sql).params(params).param("dept", dept).param("now", OffsetDateTime.now(clock))
                .query((rs, i) -> new GroupFigures(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), 0, 0, rs.getLong(9), rs.getLong(10), rs.getDouble(11), 0,
                        rs.getLong(8)))
                .list();
    }

    private static String summonsSql(Grouping g) {
        return "SELECT " + g.summonsKey() + """
                , count(*), count(*) FILTER (WHERE s.checked_in_at <= s.checkin_due)
                FROM case_record c JOIN case_summons s ON s.case_id = c.id
                """ + SCOPE + " AND (CAST(:dept AS bigint) IS NULL OR s.department_id = CAST(:dept AS bigint)) GROUP BY 1";
    }

    private static String overdueSql(Grouping g) {
        return "SELECT " + g.overdueKey + """
                , count(*)
                FROM case_record c JOIN case_overdue o ON o.case_id = c.id
                """ + SCOPE + " AND " + g.overdueCharged
                + " AND (CAST(:dept AS bigint) IS NULL OR o.department_id = CAST(:dept AS bigint)) GROUP BY 1";
    }

    private List<Object[]> counted(String sql, Map<String, Object> params, Long dept, int counts) {
        return jdbc.sql(sql).params(params).param("dept", dept).query((rs, i) -> {
            Object[] row = new Object[counts + 1];
            row[0] = rs.getString(1);
            for (int c = 1; c <= counts; c++) {
                row[c] = rs.getLong(c + 1);
            }
            return row;
        }).list();
    }

    /** The groups shown even when they have no cases, in their usual order. */
    private Map<String, String> listed(CurrentUser user, Grouping g, Division node, Cases.Bounds bounds) {
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
