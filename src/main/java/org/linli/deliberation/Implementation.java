package org.linli.deliberation;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implementation tasks (实施任务): once the meeting's resolution is on record the committee splits
 * it into tasks with an owner and a due date, and marks them in progress and done; the
 * implementation result is published only when all are done ({@link TaskRecords#resultText}).
 */
@Service
public class Implementation {

    private final JdbcClient jdbc;
    private final Topics topics;
    private final TaskRecords records;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Implementation(JdbcClient jdbc, Topics topics, TaskRecords records, Accounts accounts, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.topics = topics;
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Tasks of a topic the user may see (404 outside their scope). */
    public List<Task> of(long topicId, CurrentUser user) {
        topics.get(topicId, user);
        return records.of(topicId);
    }

    /** Whether the topic's resolution stage is closed and its procedure not yet complete. */
    public static boolean resolved(Topic t) {
        if (t.procedure() == null || t.status() != TopicStatus.ADMITTED) {
            return false;
        }
        List<Procedure.Stage> stages = t.procedure().stages();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).requirement() == Procedure.Requirement.RESOLUTION) {
                return t.stage() > i;
            }
        }
        return false;
    }

    /** Whether the user may create tasks for the topic now. */
    public boolean mayPlan(Topic t, CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER && resolved(t);
    }

    /** Whether the user may mark the task: the committee's worker, or the owner's own account. */
    public boolean mayUpdate(Topic t, Task task, CurrentUser user) {
        return resolved(t) && (user.role() == Role.COMMUNITY_WORKER
                || (task.ownerAccountId() != null && task.ownerAccountId() == user.accountId()));
    }

    /** Accounts of the topic's committee (and the places below it) that may own a task. */
    public List<Account> owners(Topic t) {
        return accounts.list(new DataScope(t.divisionPath()), "", null, 0, 200).stream()
                .filter(a -> a.enabled() && a.role() != Role.DEPARTMENT_STAFF).toList();
    }

    /** Creates a task; errors by field, in Chinese (the form keeps what was typed). */
    @Transactional
    public Map<String, String> create(long topicId, Map<String, String> form, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new TopicRejected("实施任务由居（村）委会工作人员建立");
        }
        if (!resolved(t)) {
            throw new TopicRejected("决议通过、“" + resolutionStageName(t) + "”完成后，才能建立实施任务");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String what = form.getOrDefault("what", "").strip();
        if (what.length() < 2 || what.length() > 200) {
            errors.put("what", "请填写任务内容（2 到 200 个字）");
        }
        Account ownerAccount = null;
        String accountId = form.getOrDefault("ownerAccountId", "").strip();
        if (!accountId.isEmpty()) {
            try {
                ownerAccount = accounts.get(Long.parseLong(accountId), new DataScope(t.divisionPath()));
            } catch (NumberFormatException | NotFoundException e) {
                errors.put("ownerAccountId", "请选择本居（村）委会的账户，或不选");
            }
        }
        String owner = form.getOrDefault("owner", "").strip();
        if (owner.isEmpty() && ownerAccount != null) {
            owner = ownerAccount.displayName();
        }
        if (owner.isEmpty() || owner.length() > 50) {
            errors.put("owner", "请填写责任人或责任单位（不超过 50 个字）");
        }
        LocalDate due = null;
        LocalDate today = LocalDate.now(clock);
        try {
            due = LocalDate.parse(form.getOrDefault("dueOn", "").strip());
            if (due.isBefore(today)) {
                errors.put("dueOn", "完成期限不能早于今天（" + today + "）");
            }
        } catch (DateTimeException e) {
            errors.put("dueOn", "请填写完成期限（如 " + today.plusMonths(1) + "）");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        jdbc.sql("""
                        INSERT INTO implementation_task (topic_id, division_path, what, owner, owner_account_id, due_on, created_by)
                        VALUES (:t, :p, :w, :o, :a, :d, :by)""")
                .param("t", topicId).param("p", t.divisionPath()).param("w", what).param("o", owner)
                .param("a", ownerAccount == null ? null : ownerAccount.id()).param("d", due).param("by", user.username()).update();
        audit.record("TASK_CREATE", t.title(), t.divisionPath(), what + "（" + owner + "，" + due + "）");
        return errors;
    }

    /** Marks a task in progress or done; done needs a note of what was done. */
    @Transactional
    public void mark(long topicId, long taskId, TaskStatus status, String note, CurrentUser user) {
        Topic t = topics.get(topicId, user);
        Task task = records.of(topicId).stream().filter(k -> k.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        if (!mayUpdate(t, task, user)) {
            throw new TopicRejected(resolved(t) ? "只有居（村）委会工作人员或任务责任人可以更新任务"
                    : "议题已办结或尚未形成决议，实施任务不能再修改");
        }
        if (status == null || status == TaskStatus.OPEN) {
            throw new TopicRejected("请选择“实施中”或“已完成”");
        }
        String text = note == null ? "" : note.strip();
        if (status == TaskStatus.DONE && text.length() < 2) {
            throw new TopicRejected("标记“已完成”请填写完成情况");
        }
        if (text.length() > 500) {
            throw new TopicRejected("情况说明不能超过 500 个字");
        }
        jdbc.sql("""
                        UPDATE implementation_task SET status = :s, note = COALESCE(:n, note), done_on = :done, updated_by = :by,
                               updated_at = :now, version = version + 1
                        WHERE id = :id""").param("now", OffsetDateTime.now(clock))
                .param("s", status.name()).param("n", text.isEmpty() ? null : text)
                .param("done", status == TaskStatus.DONE ? LocalDate.now(clock) : null)
                .param("by", user.username()).param("id", taskId).update();
        audit.record("TASK_UPDATE", t.title(), t.divisionPath(), task.what() + "：" + status.label() + (text.isEmpty() ? "" : "，" + text));
    }

    /**
     * Unfinished tasks owned by the user's account, soonest due first, for their home page. Being
     * the owner is what grants the view (a grid worker owns tasks of the committee above the grid).
     */
    public List<Task> mine(CurrentUser user) {
        return jdbc.sql(TaskRecords.SELECT + """
                        WHERE k.owner_account_id = :me AND k.status <> 'DONE' AND t.status = 'ADMITTED'
                        ORDER BY k.due_on, k.id LIMIT 20""")
                .param("me", user.accountId()).query(Task.class).list();
    }

    private static String resolutionStageName(Topic t) {
        return t.procedure() == null ? "民主议定" : t.procedure().stages().stream()
                .filter(s -> s.requirement() == Procedure.Requirement.RESOLUTION).findFirst().map(Procedure.Stage::name).orElse("民主议定");
    }
}
