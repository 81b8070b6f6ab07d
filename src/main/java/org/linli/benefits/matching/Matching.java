package org.linli.benefits.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.benefits.catalogue.Benefit;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.InForce;
import org.linli.benefits.catalogue.RuleVersion;
import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentRules;
import org.linli.registry.ResidentRules.RuleMatch;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code benefit_match} true to the rules in force: a benefit matched in bulk over its region
 * when a version comes into force, and one resident re-matched against every benefit covering them
 * when they change. A match found keeps the version that found it while the resident goes on
 * matching; one no longer matching is closed ({@code NO_LONGER_MATCHES}), and one of a resident who
 * moved away, died or left the benefit's region is closed {@code GONE}. Enrolled residents are not
 * found (the roster's import closes their matches as {@code ENROLLED}). Both ways are idempotent.
 */
@Service
public class Matching {

    private static final Logger log = LoggerFactory.getLogger(Matching.class);

    private final Catalogue catalogue;
    private final CompiledRules compiled;
    private final ResidentRules rules;
    private final Residents residents;
    private final MatchStore store;
    private final Clock clock;

    Matching(Catalogue catalogue, CompiledRules compiled, ResidentRules rules, Residents residents, MatchStore store,
             Clock clock) {
        this.catalogue = catalogue;
        this.compiled = compiled;
        this.rules = rules;
        this.residents = residents;
        this.store = store;
        this.clock = clock;
    }

    /** What a bulk match changed. */
    public record Outcome(long found, int opened, int closed, int moved) {
    }

    /**
     * Matches the benefit over its whole region under the version in force today, in one
     * transaction: nothing when no version is in force yet.
     */
    @Transactional
    public Optional<Outcome> matchBenefit(long benefitId) {
        Benefit benefit = catalogue.find(benefitId).orElseThrow();
        catalogue.lock(benefitId);
        LocalDate today = LocalDate.now(clock);
        Optional<RuleVersion> inForce = catalogue.inForce(benefitId, today);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        RuleVersion version = inForce.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.startFound();
        MatchStore.Found found = store.found();
        rules.forEachMatch(compiled.of(benefit, version), new DataScope(benefit.regionPath()), today, found::add);
        long total = found.flush();
        int closed = store.closeUnfound(benefitId, now);
        int moved = store.movePaths(benefitId);
        int opened = store.openFound(benefitId, version.version(), now, today);
        catalogue.markMatched(version.id(), now);
        log.info("惠民政策 {} 第 {} 版匹配：符合 {} 人，新发现 {}，关闭 {}", benefit.code(), version.version(), total, opened, closed);
        return Optional.of(new Outcome(total, opened, closed, moved));
    }

    /**
     * Re-matches one resident against every benefit in force covering where they live today, and
     * closes their matches of benefits that no longer cover them. Safe to repeat.
     */
    @Transactional
    public void rematch(long residentId) {
        store.lock(residentId);
        Optional<ResidentView> resident = residents.find(residentId, DataScope.COUNTRY);
        if (resident.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Writes only what differs from the rows held, so a re-match that changes nothing writes nothing.
        Map<Long, String> open = store.openPaths(residentId);
        Set<Long> kept = new HashSet<>();
        if (resident.get().status() == LivingStatus.LIVING) {
            List<InForce> inForce = catalogue.inForceCovering(resident.get().divisionPath(), today);
            List<Optional<RuleMatch>> matches = rules.evaluateAll(
                    inForce.stream().map(b -> compiled.of(b.benefit(), b.version())).toList(), residentId, today);
            for (int i = 0; i < inForce.size(); i++) {
                InForce b = inForce.get(i);
                long benefitId = b.benefit().id();
                kept.add(benefitId);
                Optional<RuleMatch> match = matches.get(i);
                if (match.isPresent() && !match.get().divisionPath().equals(open.get(benefitId))) {
                    store.openOne(benefitId, match.get(), b.version().version(), now, today);
                } else if (match.isEmpty() && open.containsKey(benefitId)) {
                    store.closeOne(benefitId, residentId, MatchStore.NO_LONGER_MATCHES, now);
                }
            }
        }
        if (!kept.containsAll(open.keySet())) {
            store.closeOthers(residentId, kept, MatchStore.GONE, now);
        }
    }

    /** The benefit's open matches per committee path within the scope, as stored. */
    public Map<String, Long> openByCommittee(long benefitId, DataScope scope) {
        return store.openByCommittee(benefitId, scope);
    }

    /** A resident's open matches: benefit id → the version of the rule that found them. */
    public Map<Long, Integer> openOf(long residentId) {
        return store.openOf(residentId);
    }
}
