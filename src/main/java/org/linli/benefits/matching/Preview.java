package org.linli.benefits.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.benefits.catalogue.Benefit;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.RuleVersion;
import org.linli.division.PlaceNames;
import org.linli.registry.ResidentRules;
import org.linli.registry.ResidentRules.ResidentRule;
import org.linli.registry.ResidentRules.RuleMatch;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Masks;
import org.springframework.stereotype.Service;

/**
 * What a draft would find before it is published: how many residents of the benefit's region it
 * matches today per committee, beside the count under the version in force, and twenty sample
 * residents with their names and ID numbers masked. For the region's administrators only; it
 * writes nothing.
 */
@Service
public class Preview {

    public static final int SAMPLE = 20;

    private final Catalogue catalogue;
    private final CompiledRules compiled;
    private final ResidentRules rules;
    private final Residents residents;
    private final PlaceNames placeNames;
    private final Clock clock;

    Preview(Catalogue catalogue, CompiledRules compiled, ResidentRules rules, Residents residents, PlaceNames placeNames,
            Clock clock) {
        this.catalogue = catalogue;
        this.compiled = compiled;
        this.rules = rules;
        this.residents = residents;
        this.placeNames = placeNames;
        this.clock = clock;
    }

    /** One committee's count under the draft and under the version in force (null without one). */
    public record Row(String committeePath, String name, long draft, Long published) {
    }

    /** A sample resident as the preview shows them: masked. */
    public record Sample(long residentId, String name, String idMasked, Integer age, String sex, String place, String reason) {
    }

    public record Result(Benefit benefit, RuleVersion draft, RuleVersion published, LocalDate day, List<Row> rows,
                         long draftTotal, Long publishedTotal, List<Sample> sample) {
    }

    /** The preview of the benefit's draft; empty when it has none. */
    public Optional<Result> ofDraft(long benefitId, CurrentUser user) {
        Benefit benefit = catalogue.editable(benefitId, user);
        Optional<RuleVersion> draft = catalogue.draft(benefitId);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.now(clock);
        DataScope region = new DataScope(benefit.regionPath());
        ResidentRule rule = rules.compile(draft.get().source(), user);
        Map<String, Long> counts = rules.countByCommittee(rule, region, day);
        Optional<RuleVersion> published = catalogue.inForce(benefitId, day);
        Map<String, Long> before = published.map(v -> rules.countByCommittee(compiled.of(benefit, v), region, day))
                .orElse(null);
        Set<String> paths = new HashSet<>(counts.keySet());
        if (before != null) {
            paths.addAll(before.keySet());
        }
        Map<String, String> names = placeNames.labels(paths);
        List<Row> rows = new ArrayList<>();
        for (String path : paths.stream().sorted().toList()) {
            rows.add(new Row(path, names.getOrDefault(path, path), counts.getOrDefault(path, 0L),
                    before == null ? null : before.getOrDefault(path, 0L)));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Long publishedTotal = before == null ? null : before.values().stream().mapToLong(Long::longValue).sum();
        return Optional.of(new Result(benefit, draft.get(), published.orElse(null), day, rows, total, publishedTotal,
                sample(rule, region, day, user)));
    }

    private List<Sample> sample(ResidentRule rule, DataScope region, LocalDate day, CurrentUser user) {
        List<RuleMatch> matches = rules.sample(rule, region, day, SAMPLE);
        Map<String, String> places = placeNames.labels(matches.stream().map(RuleMatch::divisionPath).distinct().toList());
        List<Sample> rows = new ArrayList<>();
        for (RuleMatch m : matches) {
            Optional<ResidentView> r = residents.find(m.residentId(), user.scope());
            rows.add(new Sample(m.residentId(), r.map(v -> Masks.name(v.name())).orElse("—"),
                    r.map(ResidentView::idMasked).orElse("—"), r.map(v -> v.age(day)).orElse(null),
                    r.map(v -> v.sex() == null ? "" : v.sex().label()).orElse(""),
                    places.getOrDefault(m.divisionPath(), m.divisionPath()), m.reason()));
        }
        return rows;
    }
}
