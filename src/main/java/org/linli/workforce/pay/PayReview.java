package org.linli.workforce.pay;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.workforce.Worker;
import org.springframework.stereotype.Service;

/**
 * Recomputes a worker's pay and records it in the growth record when grade or pay changed since
 * the last record: on enrolment, after a new degree or certificate, and on each day's review, which
 * catches the anniversaries of service and new pay tables coming into force.
 */
@Service
public class PayReview {

    private final PayTables tables;
    private final PayChangeStore store;
    private final Clock clock;

    PayReview(PayTables tables, PayChangeStore store, Clock clock) {
        this.tables = tables;
        this.store = store;
        this.clock = clock;
    }

    /** Today's pay of a worker by the table applying to them, if their region has one. */
    public Optional<PayLine> today(Worker worker) {
        LocalDate today = LocalDate.now(clock);
        return tables.applying(worker.divisionPath(), today).map(t -> t.pay(worker, today));
    }

    public List<PayChange> changes(long workerId) {
        return store.ofWorker(workerId);
    }

    /** Records today's pay when it differs from the last record; returns whether it did. */
    public boolean review(Worker worker, String reason, String by) {
        LocalDate today = LocalDate.now(clock);
        return tables.applying(worker.divisionPath(), today)
                .map(t -> record(worker, t.pay(worker, today), store.last(worker.id()).orElse(null), reason, by))
                .orElse(false);
    }

    /** The day's review of these workers (the scheduled job): a new year of service or a new table. */
    public int reviewAll(List<Worker> workers, String by) {
        LocalDate today = LocalDate.now(clock);
        List<PayTable> all = tables.all();
        Map<Long, PayChange> last = store.last(workers.stream().map(Worker::id).toList());
        int changed = 0;
        for (Worker w : workers) {
            Optional<PayTable> table = PayTables.applying(all, w.divisionPath(), today);
            if (table.isEmpty() || !w.working(today)) {
                continue;
            }
            PayLine line = table.get().pay(w, today);
            PayChange before = last.get(w.id());
            String reason = before != null && before.yearsAfter() != line.years()
                    ? "工龄满 " + line.years() + " 年"
                    : "执行 " + table.get().effectiveFrom() + " 起的薪酬表";
            if (record(w, line, before, reason, by)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean record(Worker w, PayLine line, PayChange before, String reason, String by) {
        if (before != null && before.gradeAfter() == w.grade() && before.payAfter() == line.total()) {
            return false;
        }
        store.insert(w.id(), line.day(), before == null ? null : before.gradeAfter(), w.grade(),
                before == null ? null : before.payAfter(), line, reason, by, OffsetDateTime.now(clock));
        return true;
    }
}
