package org.linli.gridwork.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.linli.registry.TaggedResidents;
import org.linli.registry.TaggedResidents.Tagged;
import org.linli.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the projection of who is to be visited and when ({@code visit_subject}) in step with the
 * registry, the visits and the rule book. Every row is derived from them alone, so refreshing a
 * resident or rebuilding a scope any number of times gives the same rows: a resident's change
 * refreshes that resident, a visit refreshes its resident, and a nightly rebuild takes in rule
 * values that came into force since.
 */
@Service
public class VisitSubjects {

    private static final Logger log = LoggerFactory.getLogger(VisitSubjects.class);

    private final TaggedResidents tagged;
    private final VisitRules rules;
    private final Grids grids;
    private final SubjectStore store;
    private final Clock clock;

    VisitSubjects(TaggedResidents tagged, VisitRules rules, Grids grids, SubjectStore store, Clock clock) {
        this.tagged = tagged;
        this.rules = rules;
        this.grids = grids;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Reads one resident again: due at once for a tag gained, off the list when they moved away,
     * died or hold no visited tag any more.
     */
    @Transactional
    public void refresh(long residentId) {
        store.lock(residentId);
        LocalDate today = LocalDate.now(clock);
        Optional<SubjectStore.Row> row = tagged.of(residentId, today).filter(Tagged::living)
                .flatMap(resident -> row(resident, store.last(residentId), today));
        row.ifPresentOrElse(r -> store.upsert(r, today), () -> store.delete(residentId));
    }

    /** Rebuilds the scope's rows from the registry in one pass; returns how many residents are to be visited. */
    @Transactional
    public int rebuild(DataScope scope) {
        LocalDate today = LocalDate.now(clock);
        long t0 = System.nanoTime();
        Map<Long, SubjectStore.Last> last = store.lastVisits(scope);
        store.deleteScope(scope);
        long t1 = System.nanoTime();
        StringBuilder csv = new StringBuilder();
        int[] count = {0};
        tagged.forEachTagged(scope, today, resident ->
                row(resident, last.getOrDefault(resident.residentId(), SubjectStore.Last.NONE), today).ifPresent(r -> {
                    SubjectStore.csv(csv, r, today);
                    count[0]++;
                }));
        long t2 = System.nanoTime();
        store.copy(csv);
        log.debug("visit subjects rebuilt: last visits and delete {} ms, registry read {} ms, copy {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        return count[0];
    }

    /** Whether the projection has no row at all (a first start, or a database from before the visits). */
    public boolean empty() {
        return store.empty();
    }

    /** Every night, after the day's birthdays, so that rule values in force from today apply to everyone. */
    @Scheduled(cron = "0 20 0 * * *", zone = "${linli.zone:Asia/Shanghai}")
    @SchedulerLock(name = "gridwork-visit-subjects", lockAtMostFor = "PT1H")
    public void nightly() {
        int subjects = rebuild(DataScope.COUNTRY);
        log.info("走访对象已重算：{} 人", subjects);
    }

    Optional<SubjectStore.Row> row(Tagged resident, SubjectStore.Last last, LocalDate today) {
        return Schedule.of(Schedule.timed(resident, rules, today), last.any(), last.plain())
                .map(s -> new SubjectStore.Row(resident.residentId(), resident.householdId(), resident.divisionPath(),
                        grids.of(resident.divisionPath()).orElse(null), s));
    }
}
