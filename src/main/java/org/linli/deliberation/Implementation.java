package org.linli.deliberation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.TopicStatus;
import org.linli.deliberation.topics.Topics;
import org.linli.notice.Notice;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implementation tasks (实施任务): once the meeting's resolution is on record the committee splits
 * it into tasks with an owner and a due date, and marks them in progress and done; the
 * implementation result is published only when all are done ({@link #resultText}). Owners with an
 * account see their unfinished tasks on their home page ({@link #mine}).
 */
@Service
public class Implementation {

    private final TaskStore store;
    private final Topics topics;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Implementation(TaskStore store, Topics topics, Accounts accounts, AuditLog audit, ApplicationEventPublisher events,
                   Clock clock) {
        this.store = store;
        this.topics = topics;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Tasks of a topic the user may see (404 outside their scope). */
    public List<Task> of(long topicId, CurrentUser user) {
        topics.get(topicId, user);
        return store.of(topicId);
    }

    /** Tasks of several topics the caller may already see, by topic (the residents' hall). */
    public Map<Long, List<Task>> of(Collection<Long> topicIds) {
        return topicIds.isEmpty() ? Map.of() : store.of(topicIds).stream().collect(Collectors.groupingBy(Task::topicId));
    }

    /** Whether the topic's resolution stage is closed and its procedure not yet complete. */
    public static boolean resolved(Topic t) {
        return t.procedure() != null && t.status() == TopicStatus.ADMITTED && t.stage() > t.procedure().resolutionStage();
    }

    public boolean mayPlan(Topic t, CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER && resolved(t);
    }

    /** The committee's worker, or the owner's own account, while the topic is being implemented. */
    public boolean mayUpdate(Topic t, Task task, CurrentUser user) {
        return resolved(t) && (user.role() == Role.COMMUNITY_WORKER
                || (task.ownerAccountId() != null && task.ownerAccountId() == user.accountId()));
    }

    /** Accounts of the topic's committee (and the places below it) that may own a task. */
    public List<Account> owners(Topic t) {
        return accounts.list(new DataScope(t.divisionPath()), "", null, 0, 200).stream()
                .filter(a -> a.enabled() && a.role() != Role.DEPARTMENT_STAFF).toList();
    }

    @Transactional
    public void create(long topicId, NewTask task, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.task.worker-only");
        }
        if (!resolved(t)) {
            String stage = t.procedure() == null ? "民主议定" : t.procedure().stages().get(t.procedure().resolutionStage()).name();
            throw Refusal.of("deliberation.task.not-resolved", stage);
        }
        String owner = owner(t, task);
        LocalDate today = LocalDate.now(clock);
        if (task.dueOn() == null) {
            throw Refusal.ofField("dueOn", "deliberation.task.due.required", today.plusMonths(1).toString());
        }
        if (task.dueOn().isBefore(today)) {
            throw Refusal.ofField("dueOn", "deliberation.task.due.past", today.toString());
        }
        store.insert(topicId, t.divisionPath(), task, owner, user.username(), OffsetDateTime.now(clock));
        audit.record("TASK_CREATE", t.title(), t.divisionPath(), task.what() + "（" + owner + "，" + task.dueOn() + "）");
        if (task.ownerAccountId() != null && task.ownerAccountId() != user.accountId()) {
            events.publishEvent(Notice.toAccount(task.ownerAccountId(), null, assigned(t, task), "/topics/" + topicId));
        }
    }

    /**
     * The owner's notice; the task is typed free text, so its closing punctuation is dropped
     * before the notice adds its own (no "。。").
     */
    static String assigned(Topic t, NewTask task) {
        String what = task.what().replaceAll("[。.！!；;，,、\\s]+$", "");
        String text = "您有一项新的实施任务：" + what + "（议题“" + t.title() + "”，期限 " + task.dueOn() + "）";
        // The notice holds 300 characters; a long task is cut in the middle, the topic and date kept.
        return text.length() <= 300 ? text : "您有一项新的实施任务：" + what.substring(0, Math.max(10, what.length() - (text.length() - 299)))
                + "…（议题“" + t.title() + "”，期限 " + task.dueOn() + "）";
    }

    /** The owner's name: as typed, or the chosen account holder's, who must belong to the committee. */
    private String owner(Topic t, NewTask task) {
        String name = task.owner();
        if (task.ownerAccountId() != null) {
            Account account;
            try {
                account = accounts.get(task.ownerAccountId(), new DataScope(t.divisionPath()));
            } catch (NotFoundException e) {
                throw Refusal.ofField("ownerAccountId", "deliberation.task.owner-account");
            }
            name = name.isEmpty() ? account.displayName() : name;
        }
        if (name.isEmpty()) {
            throw Refusal.ofField("owner", "deliberation.task.owner.size");
        }
        return name;
    }

    /** Marks a task in progress or done; done needs a note of what was done. */
    @Transactional
    public void mark(long topicId, long taskId, MarkTask mark, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        Task task = store.of(topicId).stream().filter(k -> k.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        if (!mayUpdate(t, task, user)) {
            throw Refusal.of(resolved(t) ? "deliberation.task.not-owner" : "deliberation.task.closed");
        }
        if (mark.status() == null || mark.status() == TaskStatus.OPEN) {
            throw Refusal.ofField("status", "deliberation.task.status");
        }
        if (mark.status() == TaskStatus.DONE && mark.note().length() < 2) {
            throw Refusal.ofField("note", "deliberation.task.note.required");
        }
        LocalDate today = LocalDate.now(clock);
        store.mark(taskId, mark, mark.status() == TaskStatus.DONE ? today : null, user.username(), OffsetDateTime.now(clock));
        audit.record("TASK_UPDATE", t.title(), t.divisionPath(),
                task.what() + "：" + mark.status().label() + (mark.note().isEmpty() ? "" : "，" + mark.note()));
    }

    /**
     * Unfinished tasks owned by the user's account, soonest due first, for their home page. Being
     * the owner is what grants the view (a grid worker owns tasks of the committee above the grid).
     */
    public List<Task> mine(CurrentUser user) {
        return store.openOf(user.accountId());
    }

    /**
     * The text published when the implementation stage closes: the committee's account of the
     * result followed by every task and what became of it. Refused while there is no task or one
     * is not done, because the result of a resolution is the result of its tasks.
     */
    public String resultText(long topicId, String record) {
        List<Task> tasks = store.of(topicId);
        if (tasks.isEmpty()) {
            throw Refusal.of("deliberation.task.none");
        }
        List<Task> open = tasks.stream().filter(k -> k.status() != TaskStatus.DONE).toList();
        if (!open.isEmpty()) {
            throw Refusal.of("deliberation.task.open", String.valueOf(open.size()), open.getFirst().what());
        }
        StringBuilder text = new StringBuilder(record.strip()).append("\n\n实施任务：");
        for (int i = 0; i < tasks.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(tasks.get(i).resultLine());
        }
        return text.toString();
    }
}
