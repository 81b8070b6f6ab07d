package org.linli.reports.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.shared.measures.Measure;
import org.linli.shared.measures.MeasureSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The shared catalogue of measures (一套表's one definition of each figure): every module's
 * {@link MeasureSource}, asked together. A template's fields name measures by code; filling a
 * request asks each source once for all its codes and all the committees.
 */
@Service
public class MeasureCatalogue {

    private final ObjectProvider<MeasureSource> provider;
    private volatile List<MeasureSource> sources;

    MeasureCatalogue(ObjectProvider<MeasureSource> sources) {
        this.provider = sources;
    }

    /**
     * Every measure, grouped as the sources list them. Read from the sources on each call: some
     * are data (the case categories the district maintains), so the catalogue follows them.
     */
    public List<Measure> all() {
        return List.copyOf(byCode().values());
    }

    public Optional<Measure> get(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    private List<MeasureSource> sources() {
        if (sources == null) {
            sources = provider.orderedStream().toList();
        }
        return sources;
    }

    private Map<String, Measure> byCode() {
        return sources().stream().flatMap(s -> s.measures().stream())
                .collect(Collectors.toMap(Measure::code, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("measure " + a.code() + " is defined twice");
                }, LinkedHashMap::new));
    }

    /**
     * The asked measures for each committee: code → committee path → value, 0 where a source counted
     * nothing. Unknown codes are left out (a template keeps a field whose measure was withdrawn).
     */
    public Map<String, Map<String, Long>> compute(Set<String> codes, List<String> committeePaths, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        if (codes.isEmpty() || committeePaths.isEmpty()) {
            return values;
        }
        Map<String, Measure> byCode = byCode();
        for (MeasureSource source : sources()) {
            if (source.measures().stream().noneMatch(m -> codes.contains(m.code()))) {
                continue;
            }
            source.compute(codes, committeePaths, from, to).forEach((code, perCommittee) -> {
                if (codes.contains(code)) {
                    values.put(code, new HashMap<>(perCommittee));
                }
            });
        }
        for (String code : new ArrayList<>(codes)) {
            if (byCode.containsKey(code)) {
                Map<String, Long> perCommittee = values.computeIfAbsent(code, c -> new HashMap<>());
                committeePaths.forEach(p -> perCommittee.putIfAbsent(p, 0L));
            }
        }
        return values;
    }
}
