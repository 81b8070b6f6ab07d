package org.linli.workforce.growth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.workforce.Post;
import org.linli.workforce.Worker;
import org.linli.workforce.WorkforceRules;
import org.linli.workforce.register.Paged;
import org.linli.workforce.register.Register;
import org.springframework.stereotype.Service;

/**
 * Training due dates by post, from the rule book for each worker's place: the due list of a scope
 * (soonest first) and its overdue part, paged in SQL; a worker's own due date.
 */
@Service
public class TrainingDues {

    private final TrainingStore store;
    private final Register register;
    private final RuleBook rules;
    private final Clock clock;

    TrainingDues(TrainingStore store, Register register, RuleBook rules, Clock clock) {
        this.store = store;
        this.register = register;
        this.rules = rules;
        this.clock = clock;
    }

    public Paged<TrainingDue> list(CurrentUser user, boolean overdueOnly, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        Map<String, int[]> intervals = new LinkedHashMap<>();
        for (String path : store.places(user.scope(), today)) {
            intervals.put(path, new int[] {years(Post.PRINCIPAL, path), years(Post.MEMBER, path)});
        }
        List<TrainingStore.Row> rows = store.due(user.scope(), intervals, overdueOnly, today, page * size, size);
        Map<Long, Worker> workers = register.byIds(rows.stream().map(TrainingStore.Row::workerId).toList(), user);
        return new Paged<>(rows.stream().map(r -> new TrainingDue(workers.get(r.workerId()), r.last(), r.years(), r.due())).toList(),
                store.count(user.scope(), intervals, overdueOnly, today), page, size);
    }

    /** One worker's due date. */
    public TrainingDue of(Worker w) {
        LocalDate last = store.ofWorker(w.id()).stream().map(Training::heldOn).max(LocalDate::compareTo).orElse(null);
        int years = years(w.post(), w.divisionPath());
        return new TrainingDue(w, last, years, TrainingDue.dueAfter(last, w.startedOn(), years));
    }

    private int years(Post post, String path) {
        return rules.today(WorkforceRules.trainingYears(post), path);
    }
}
