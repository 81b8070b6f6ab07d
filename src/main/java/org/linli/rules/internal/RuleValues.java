package org.linli.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stored values held in memory, so a lookup costs no query. Read again after every change made
 * through the book (once its transaction commits) and every minute, for the changes other
 * instances of Linli made.
 */
@Component
public class RuleValues {

    private final RuleStore store;
    private volatile Snapshot snapshot;

    RuleValues(RuleStore store) {
        this.store = store;
    }

    /** The row in force for the subject ('' for the rule itself) in the division at {@code path} on {@code on}. */
    public Optional<RuleRow> find(String key, String subject, String path, LocalDate on) {
        return candidates(key, subject, path, on).findFirst();
    }

    /** The rows that could be in force, the one in force first, then those it overrides. */
    public Stream<RuleRow> candidates(String key, String subject, String path, LocalDate on) {
        return current().candidates(key, subject, normal(path), on);
    }

    /** Every stored row of a rule, the most specific region and the latest date first. */
    public List<RuleRow> rows(String key) {
        return current().rows(key);
    }

    /** The subjects a rule has values for, '' (the rule itself) first. */
    public Set<String> subjects(String key) {
        Set<String> subjects = new TreeSet<>();
        subjects.add("");
        rows(key).forEach(r -> subjects.add(r.subject()));
        return subjects;
    }

    /**
     * Every instance keeps its own copy of the values and refreshes it, so this job takes no
     * {@code @SchedulerLock}: locked, one instance would keep stale rules.
     */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    public void reload() {
        snapshot = new Snapshot(store.all());
    }

    /** Reads the values again once the current transaction has committed (at once without one). */
    public void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    /** A division's path as stored: starting and ending with '/'. */
    static String normal(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String p = path.startsWith("/") ? path : "/" + path;
        return p.endsWith("/") ? p : p + "/";
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = new Snapshot(store.all());
                }
                s = snapshot;
            }
        }
        return s;
    }
}
