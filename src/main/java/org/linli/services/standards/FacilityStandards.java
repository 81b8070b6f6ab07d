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
 * nursing home's nursing beds, and per street its own centre, the committees with day care and the
 * childcare places per 1,000 residents. Households come from the sizing profile, residents from
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
        Map<String, String> names = new HashMap<>();
        committees.forEach(c -> names.put(c.path(), c.name()));
        List<Division> streets = divisions.search("", scope, List.of(Level.STREET), MAX);
        streets.forEach(s -> names.put(s.path(), s.name()));
        Map<String, Long> residents = residents(committees.stream().map(Division::path).toList());

        List<CommitteeCheck> committeeChecks = new ArrayList<>();
        for (CommitteeSize c : sizing.committees(scope)) {
            Map<FacilityKind, StandardsStore.Tally> own = tallies.getOrDefault(c.path(), Map.of());
            committeeChecks.add(new CommitteeCheck(c.id(), c.name(), c.path(), c.households(), residents.getOrDefault(c.path(), 0L),
                    c.serviceAreaM2(), c.rule().areaPer100M2(), c.rule().minAreaM2(), count(own, FacilityKind.DAY_CARE) > 0,
                    places(own, FacilityKind.CHILDCARE), Checks.area(c)));
        }
        List<Shortfall> facilityShortfalls = facilities(scope, names);
        List<StreetCheck> streetChecks = streets.stream().map(s -> street(s, committees, tallies, residents)).toList();

        List<Shortfall> all = new ArrayList<>();
        committeeChecks.forEach(c -> all.addAll(c.shortfalls()));
        streetChecks.forEach(s -> all.addAll(s.shortfalls()));
        all.addAll(facilityShortfalls);
        all.sort(Comparator.comparing(Shortfall::placePath).thenComparing(Shortfall::standard));
        return new Standards(streetChecks, withFacilities(committeeChecks, facilityShortfalls), all);
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

    /** Committees' rows carry their facilities' shortfalls too, so "only those short" finds them. */
    private static List<CommitteeCheck> withFacilities(List<CommitteeCheck> checks, List<Shortfall> facilities) {
        Map<String, List<Shortfall>> byPlace = new HashMap<>();
        facilities.forEach(f -> byPlace.computeIfAbsent(f.placePath(), p -> new ArrayList<>()).add(f));
        return checks.stream().map(c -> {
            List<Shortfall> more = byPlace.get(c.path());
            if (more == null) {
                return c;
            }
            List<Shortfall> both = new ArrayList<>(c.shortfalls());
            both.addAll(more);
            return new CommitteeCheck(c.id(), c.name(), c.path(), c.households(), c.residents(), c.serviceAreaM2(), c.areaPer100Rule(),
                    c.minAreaRule(), c.dayCare(), c.childcarePlaces(), List.copyOf(both));
        }).toList();
    }

    private StreetCheck street(Division street, List<Division> committees, Map<String, Map<FacilityKind, StandardsStore.Tally>> tallies,
                               Map<String, Long> residents) {
        List<Division> own = committees.stream().filter(c -> c.path().startsWith(street.path())).toList();
        int withDayCare = (int) own.stream().filter(c -> count(tallies.getOrDefault(c.path(), Map.of()), FacilityKind.DAY_CARE) > 0).count();
        long people = own.stream().mapToLong(c -> residents.getOrDefault(c.path(), 0L)).sum();
        int childcare = 0;
        int beds = 0;
        int nursingBeds = 0;
        for (var entry : tallies.entrySet()) {
            if (entry.getKey().startsWith(street.path())) {
                childcare += places(entry.getValue(), FacilityKind.CHILDCARE);
                beds += places(entry.getValue(), FacilityKind.NURSING_HOME);
                StandardsStore.Tally homes = entry.getValue().get(FacilityKind.NURSING_HOME);
                nursingBeds += homes == null ? 0 : homes.nursingPlaces();
            }
        }
        StandardsStore.Tally centre = tallies.getOrDefault(street.path(), Map.of()).get(FacilityKind.SERVICE_CENTRE);
        BigDecimal centreM2 = centre == null ? BigDecimal.ZERO : centre.floorAreaM2();
        Fraction dayCareRule = rules.today(ServiceRules.DAY_CARE_COVERAGE, street.path());
        int centreRule = rules.today(ServiceRules.STREET_CENTRE_M2, street.path());
        BigDecimal childcareRule = rules.today(ServiceRules.CHILDCARE_PER_THOUSAND, street.path());
        List<Shortfall> found = new ArrayList<>();
        Checks.streetCentre(street, centreM2, centreRule).ifPresent(found::add);
        Checks.dayCare(street, withDayCare, own.size(), dayCareRule).ifPresent(found::add);
        Checks.childcare(street, childcare, people, childcareRule).ifPresent(found::add);
        return new StreetCheck(street.id(), street.name(), street.path(), own.size(), withDayCare, Checks.share(dayCareRule), centreM2,
                centreRule, beds, nursingBeds, people, childcare, childcareRule, List.copyOf(found));
    }

    private static int count(Map<FacilityKind, StandardsStore.Tally> tallies, FacilityKind kind) {
        StandardsStore.Tally t = tallies.get(kind);
        return t == null ? 0 : t.count();
    }

    private static int places(Map<FacilityKind, StandardsStore.Tally> tallies, FacilityKind kind) {
        StandardsStore.Tally t = tallies.get(kind);
        return t == null ? 0 : t.places();
    }

    private Map<String, Long> residents(List<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        return sources.stream().filter(s -> s.measures().stream().anyMatch(m -> m.code().equals(RESIDENTS))).findFirst()
                .map(s -> s.compute(Set.of(RESIDENTS), paths, today, today).getOrDefault(RESIDENTS, Map.of()))
                .orElse(Map.of());
    }
}
