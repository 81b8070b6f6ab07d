package org.linli.gridwork.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chart's series: per committee for a street or district (days meeting the rule and buildings
 * passed, each as a share of the committee's grids' totals, and how many grids fall below), per grid
 * for a committee.
 */
public record CoverageChart(List<String> names, List<Integer> daysPercent, List<Integer> sharePercent, List<Integer> below) {

    static CoverageChart of(List<GridCoverage> grids, boolean perCommittee) {
        Map<String, List<GridCoverage>> groups = new LinkedHashMap<>();
        grids.stream().sorted(java.util.Comparator.comparing(GridCoverage::code))
                .forEach(g -> groups.computeIfAbsent(perCommittee ? g.committee() : g.name(), k -> new ArrayList<>()).add(g));
        List<String> names = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        List<Integer> share = new ArrayList<>();
        List<Integer> below = new ArrayList<>();
        groups.forEach((name, list) -> {
            long judged = list.stream().mapToLong(GridCoverage::daysJudged).sum();
            long met = list.stream().mapToLong(GridCoverage::daysMet).sum();
            long buildings = list.stream().mapToLong(GridCoverage::buildings).sum();
            long visited = list.stream().mapToLong(GridCoverage::visited).sum();
            names.add(name == null ? "" : name);
            days.add(judged == 0 ? 100 : (int) (100 * met / judged));
            share.add(buildings == 0 ? 100 : (int) (100 * visited / buildings));
            below.add((int) list.stream().filter(GridCoverage::below).count());
        });
        return new CoverageChart(names, days, share, below);
    }

    public String namesText() {
        return names.stream().map(n -> n.replace("|", "")).collect(Collectors.joining("|"));
    }

    public String daysText() {
        return join(daysPercent);
    }

    public String shareText() {
        return join(sharePercent);
    }

    public String belowText() {
        return join(below);
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
