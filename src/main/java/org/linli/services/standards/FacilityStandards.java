package org.linli.services.standards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.sizing.CommitteeSize;
import org.linli.division.sizing.Sizing;
import org.linli.rules.Fraction;
import org.linli.rules.RuleBook;
import org.linli.services.catalogue.FacilityKind;
import org.linli.services.internal.ServiceRules;
import org.linli.shared.DataScope;
import org.linli.shared.measures.MeasureSource;
import org.springframework.stereotype.Service;

/**
 * The facilities of a scope checked against the region's standards (domain.md §2, §13): each
 * committee's service area against the sizing rule's area per 100 households and minimum size
 * (the sizing page's numbers, shown together), each service centre's share for residents, each
 * nursing home's nursing beds, and per street its own centre, the committees with day care (a
 * centre of their own, or one of the street or a neighbour that serves them) and the childcare
 * places per 1,000 residents. Households come from the sizing profile, residents from
 * the registry's measure {@value #RESIDENTS}; the facilities are added up in SQL in one pass.
 */
@Service
public class FacilityStandards {

    static final String RESIDENTS = "registry.residents";
    /** More places than a district has. */
    private static final int MAX = 10_000;

    private final StandardsStore store;
    private final Sizing sizing;
    private final Divisions divisions;
    private final List<MeasureSource> sources;
    private final RuleBook rules;
    private final Clock clock;

    FacilityStandards(StandardsStore store, Sizing sizing, Divisions divisions, List<MeasureSource> sources, RuleBook rules,
                      Clock clock) {
        this.store = store;
        this.sizing = sizing;
        this.divisions = divisions;
        this.sources = sources;
        this.rules = rules;
        this.clock = clock;
    }

    /** The checks of a scope: streets, committees, and every shortfall, by place. */
    public record Standards(List<StreetCheck> streets, List<CommitteeCheck> committees, List<Shortfall> shortfalls) {
    }

    public Standards of(DataScope scope) {
        Map<String, Map<FacilityKind, StandardsStore.Tally>> tallies = new HashMap<>();
        store.tallies(scope.prefix()).forEach(t -> tallies.computeIfAbsent(t.path(), p -> new EnumMap<>(FacilityKind.class)).put(t.kind(), t));
        List<Division> committees = divisions.search("", scope, List.of(Level.COMMITTEE), MAX);
        List<Division> streets = divisions.search("", scope, List.of(Level.STREET), MAX);
        Map<String, String> names = new HashMap<>();
        committees.forEach(c -> names.put(c.path(), c.name()));
        streets.forEach(s -> names.put(s.path(), s.name()));
        Set<String> served = store.servedByDayCare(scope.prefix());
        Map<String, Long> residents = MeasureSource.onDay(sources, RESIDENTS, committees.stream().map(Division::path).toList(),
                LocalDate.now(clock));

        // A committee's row carries its facilities' shortfalls too, so "only those short" finds them.
        List<Shortfall> facilityShortfalls = facilities(scope, names);
        Map<String, List<Shortfall>> byPlace = new HashMap<>();
        facilityShortfalls.forEach(f -> byPlace.computeIfAbsent(f.placePath(), p -> new ArrayList<>()).add(f));
        List<CommitteeCheck> committeeChecks = new ArrayList<>();
        for (CommitteeSize c : sizing.committees(scope)) {
            Map<FacilityKind, StandardsStore.Tally> own = tallies.getOrDefault(c.path(), Map.of());
            List<Shortfall> found = new ArrayList<>(Checks.area(c));
            found.addAll(byPlace.getOrDefault(c.path(), List.of()));
            committeeChecks.add(new CommitteeCheck(c.id(), c.name(), c.path(), c.households(), residents.getOrDefault(c.path(), 0L),
                    c.serviceAreaM2(), c.areaPer100(), c.rule().areaPer100M2(), c.rule().minAreaM2(),
                    coveredByDayCare(c.path(), tallies, served), served.contains(c.path()),
                    places(own, FacilityKind.CHILDCARE), List.copyOf(found)));
        }
        List<StreetCheck> streetChecks = streets(streets, committees, tallies, served, residents);

        List<Shortfall> all = new ArrayList<>();
        committeeChecks.forEach(c -> all.addAll(c.shortfalls()));
        streetChecks.forEach(s -> all.addAll(s.shortfalls()));
        // The facilities of streets (and of committees without a profile) are not on a committee's row.
        Set<String> onRows = committeeChecks.stream().map(CommitteeCheck::path).collect(java.util.stream.Collectors.toSet());
        facilityShortfalls.stream().filter(f -> !onRows.contains(f.placePath())).forEach(all::add);
        all.sort(Comparator.comparing(Shortfall::placePath).thenComparing(Shortfall::standard));
        return new Standards(streetChecks, committeeChecks, all);
    }

    /** The per-facility checks: each service centre's share for residents, each nursing home's nursing beds. */
    private List<Shortfall> facilities(DataScope scope, Map<String, String> names) {
        List<Shortfall> found = new ArrayList<>();
        for (StandardsStore.Sized f : store.sized(scope.prefix())) {
            String place = names.getOrDefault(f.path(), f.path());
            if (f.kind() == FacilityKind.SERVICE_CENTRE) {
                Checks.residentSpace(f, place, rules.today(ServiceRules.RESIDENT_SPACE_SHARE, f.path())).ifPresent(found::add);
            } else {
                Checks.nursing(f, place, rules.today(ServiceRules.NURSING_BED_SHARE, f.path())).ifPresent(found::add);
            }
        }
        return found;
    }

    /** What a street adds up from the places within it, gathered in one pass over the places. */
    private static final class Sums {
        int committees;
        int withDayCare;
        long residents;
        int childcare;
        int beds;
        int nursingBeds;
    }

    private List<StreetCheck> streets(List<Division> streets, List<Division> committees,
                                      Map<String, Map<FacilityKind, StandardsStore.Tally>> tallies, Set<String> served,
                                      Map<String, Long> residents) {
        Map<String, Sums> sums = new HashMap<>();
        streets.forEach(s -> sums.put(s.path(), new Sums()));
        for (Division c : committees) {
            Sums sum = streetOf(c.path(), sums);
            if (sum != null) {
                sum.committees++;
                sum.withDayCare += coveredByDayCare(c.path(), tallies, served) ? 1 : 0;
                sum.residents += residents.getOrDefault(c.path(), 0L);
            }
        }
        tallies.forEach((path, kinds) -> {
            Sums sum = streetOf(path, sums);
            if (sum != null) {
                sum.childcare += places(kinds, FacilityKind.CHILDCARE);
                sum.beds += places(kinds, FacilityKind.NURSING_HOME);
                StandardsStore.Tally homes = kinds.get(FacilityKind.NURSING_HOME);
                sum.nursingBeds += homes == null ? 0 : homes.nursingPlaces();
            }
        });
        return streets.stream().map(s -> street(s, sums.get(s.path()), tallies)).toList();
    }

    /** The street a place lies in: the longest of its path's prefixes that is a street's path. */
    private static Sums streetOf(String path, Map<String, Sums> sums) {
        for (int end = path.length(); end > 0; end = path.lastIndexOf('/', end - 2) + 1) {
            Sums found = sums.get(path.substring(0, end));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private StreetCheck street(Division street, Sums sum, Map<String, Map<FacilityKind, StandardsStore.Tally>> tallies) {
        StandardsStore.Tally centre = tallies.getOrDefault(street.path(), Map.of()).get(FacilityKind.SERVICE_CENTRE);
        BigDecimal centreM2 = centre == null ? BigDecimal.ZERO : centre.floorAreaM2();
        Fraction dayCareRule = rules.today(ServiceRules.DAY_CARE_COVERAGE, street.path());
        int centreRule = rules.today(ServiceRules.STREET_CENTRE_M2, street.path());
        BigDecimal childcareRule = rules.today(ServiceRules.CHILDCARE_PER_THOUSAND, street.path());
        List<Shortfall> found = new ArrayList<>();
        Checks.streetCentre(street, centreM2, centreRule).ifPresent(found::add);
        Checks.dayCare(street, sum.withDayCare, sum.committees, dayCareRule).ifPresent(found::add);
        Checks.childcare(street, sum.childcare, sum.residents, childcareRule).ifPresent(found::add);
        return new StreetCheck(street.id(), street.name(), street.path(), sum.committees, sum.withDayCare, dayCareRule.percent(),
                centreM2, centreRule, sum.beds, sum.nursingBeds, sum.residents, sum.childcare, childcareRule, List.copyOf(found));
    }

    /** A committee is covered by day care when it keeps a centre or a centre kept elsewhere serves it. */
    private static boolean coveredByDayCare(String committeePath, Map<String, Map<FacilityKind, StandardsStore.Tally>> tallies,
                                            Set<String> served) {
        StandardsStore.Tally own = tallies.getOrDefault(committeePath, Map.of()).get(FacilityKind.DAY_CARE);
        return own != null && own.count() > 0 || served.contains(committeePath);
    }

    private static int places(Map<FacilityKind, StandardsStore.Tally> tallies, FacilityKind kind) {
        StandardsStore.Tally t = tallies.get(kind);
        return t == null ? 0 : t.places();
    }
}
