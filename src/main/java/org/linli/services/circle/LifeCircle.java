package org.linli.services.circle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.Division;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.registry.CommitteeResidents;
import org.linli.rules.RuleBook;
import org.linli.services.catalogue.FacilityKind;
import org.linli.services.internal.ServiceRules;
import org.springframework.stereotype.Service;

/**
 * The 15-minute life circle (15分钟生活圈): for each committee, the share of its households whose
 * building lies within {@code services.walk-metres} (straight line, whole metres, the rule for
 * the committee on the day) of a facility of each kind, and the gaps. Households come from the
 * registry per building in one query, buildings' points from the division's map in one statement
 * (a building without its own point takes its estate's or grid's), and the distances are tested in
 * one statement against every facility in service, whichever committee keeps it; Java then adds
 * up the buildings once.
 */
@Service
public class LifeCircle {

    /** Buildings named under a gap, at most. */
    static final int GAP_BUILDINGS = 5;

    private final CommitteeResidents residents;
    private final Locator locator;
    private final CircleStore store;
    private final RuleBook rules;

    LifeCircle(CommitteeResidents residents, Locator locator, CircleStore store, RuleBook rules) {
        this.residents = residents;
        this.locator = locator;
        this.store = store;
        this.rules = rules;
    }

    /** One committee's figures: households covered per kind, of all its households. */
    public record Row(Division committee, int buildings, int households, int walkMetres, Map<FacilityKind, Integer> covered) {

        public int coveredOf(FacilityKind kind) {
            return covered.getOrDefault(kind, 0);
        }

        /** Per cent of households within the walk, one decimal; 0 for a committee without households. */
        public double shareOf(FacilityKind kind) {
            return LifeCircle.share(coveredOf(kind), households);
        }
    }

    /** A kind of facility some households of a committee cannot reach on foot, with the first of their buildings. */
    public record Gap(Division committee, FacilityKind kind, int households, int uncovered, List<String> buildingPaths) {

        public double share() {
            return LifeCircle.share(households - uncovered, households);
        }
    }

    /** The committees' rows (in the order asked), the gaps (worst first) and the totals per kind. */
    public record Circle(List<Row> rows, List<Gap> gaps, int households, Map<FacilityKind, Integer> covered) {

        public double shareOf(FacilityKind kind) {
            return LifeCircle.share(covered.getOrDefault(kind, 0), households);
        }
    }

    static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    /**
     * The circle of the committees (all of them below {@code scopePath}, whose households are read
     * in one query). A committee without households has a row of zeros and no gaps.
     */
    public Circle of(List<Division> committees, String scopePath) {
        Map<String, Division> byPath = new LinkedHashMap<>();
        committees.forEach(c -> byPath.put(c.path(), c));
        Map<String, Integer> households = residents.householdsByBuilding(scopePath);
        Map<String, LatLon> points = locator.centres(households.keySet());
        Map<String, Integer> walks = new HashMap<>();
        Map<String, String> committeeOf = new HashMap<>();
        List<CircleStore.Building> located = new ArrayList<>();
        for (String building : households.keySet()) {
            String committee = committeeOf(building, byPath);
            if (committee == null) {
                continue;
            }
            committeeOf.put(building, committee);
            int walk = walks.computeIfAbsent(committee, c -> rules.today(ServiceRules.WALK_METRES, c));
            LatLon point = points.get(building);
            if (point != null) {
                located.add(new CircleStore.Building(building, point.lat(), point.lon(), walk));
            }
        }
        Map<String, Set<String>> reached = store.kindsWithinWalk(located);
        return add(byPath, households, committeeOf, reached, walks);
    }

    /** The one pass over the buildings: households counted per committee and kind, and the buildings of each gap. */
    private Circle add(Map<String, Division> byPath, Map<String, Integer> households, Map<String, String> committeeOf,
                       Map<String, Set<String>> reached, Map<String, Integer> walks) {
        Map<String, int[]> totals = new HashMap<>();
        Map<String, Map<FacilityKind, Integer>> covered = new HashMap<>();
        Map<String, Map<FacilityKind, List<String>>> missing = new HashMap<>();
        for (var entry : committeeOf.entrySet()) {
            String building = entry.getKey();
            String committee = entry.getValue();
            int n = households.get(building);
            int[] t = totals.computeIfAbsent(committee, c -> new int[2]);
            t[0]++;
            t[1] += n;
            Set<String> kinds = reached.getOrDefault(building, Set.of());
            for (FacilityKind kind : FacilityKind.CIRCLE) {
                if (kinds.contains(kind.name())) {
                    covered.computeIfAbsent(committee, c -> new EnumMap<>(FacilityKind.class)).merge(kind, n, Integer::sum);
                } else {
                    missing.computeIfAbsent(committee, c -> new EnumMap<>(FacilityKind.class))
                            .computeIfAbsent(kind, k -> new ArrayList<>()).add(building);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Map<FacilityKind, Integer> all = new EnumMap<>(FacilityKind.class);
        int everyone = 0;
        for (Division committee : byPath.values()) {
            int[] t = totals.getOrDefault(committee.path(), new int[2]);
            Map<FacilityKind, Integer> c = covered.getOrDefault(committee.path(), Map.of());
            rows.add(new Row(committee, t[0], t[1], walks.getOrDefault(committee.path(), 0), c));
            everyone += t[1];
            c.forEach((k, n) -> all.merge(k, n, Integer::sum));
            missing.getOrDefault(committee.path(), Map.of()).forEach((kind, buildings) -> {
                int uncovered = t[1] - c.getOrDefault(kind, 0);
                buildings.sort(Comparator.comparing((String b) -> -households.get(b)).thenComparing(b -> b));
                gaps.add(new Gap(committee, kind, t[1], uncovered, buildings.subList(0, Math.min(GAP_BUILDINGS, buildings.size()))));
            });
        }
        gaps.sort(Comparator.comparingDouble(Gap::share).thenComparing(g -> -g.uncovered()).thenComparing(g -> g.committee().code())
                .thenComparing(Gap::kind));
        return new Circle(rows, gaps, everyone, all);
    }

    /** The committee (of those asked) a building's path lies below, or null. */
    private static String committeeOf(String building, Map<String, Division> byPath) {
        for (int end = building.indexOf('/', 1); end > 0; end = building.indexOf('/', end + 1)) {
            if (byPath.containsKey(building.substring(0, end + 1))) {
                return building.substring(0, end + 1);
            }
        }
        return null;
    }
}
