package org.linli.deliberation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of implementation tasks. */
@Component
class TaskStore {

    private static final String SELECT = """
            SELECT k.id, k.topic_id, t.title AS topic_title, k.what, k.owner, k.owner_account_id, k.due_on, k.status, k.note,
                   k.done_on, k.updated_by
            FROM implementation_task k JOIN topic t ON t.id = k.topic_id
            """;

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Task> of(long topicId) {
        return jdbc.sql(SELECT + "WHERE k.topic_id = :t ORDER BY k.due_on, k.id").param("t", topicId).query(Task.class).list();
    }

    List<Task> of(Collection<Long> topicIds) {
        return jdbc.sql(SELECT + "WHERE k.topic_id IN (:ids) ORDER BY k.due_on, k.id").param("ids", topicIds)
                .query(Task.class).list();
    }

    /** Unfinished tasks the account owns on topics still under way, soonest due first. */
    List<Task> openOf(long accountId) {
        return jdbc.sql(SELECT + """
                        WHERE k.owner_account_id = :me AND k.status <> 'DONE' AND t.status = 'ADMITTED'
                        ORDER BY k.due_on, k.id LIMIT 20""")
                .param("me", accountId).query(Task.class).list();
    }

    void insert(long topicId, String path, NewTask task, String owner, String by, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO implementation_task (topic_id, division_path, what, owner, owner_account_id, due_on, created_by,
                                                         created_at)
                        VALUES (:t, :p, :w, :o, :a, :d, :by, :now)""")
                .param("t", topicId).param("p", path).param("w", task.what()).param("o", owner)
                .param("a", task.ownerAccountId()).param("d", task.dueOn()).param("by", by).param("now", now).update();
    }

    void mark(long taskId, MarkTask mark, LocalDate doneOn, String by, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE implementation_task SET status = :s, note = COALESCE(:n, note), done_on = :done, updated_by = :by,
                               updated_at = :now, version = version + 1
                        WHERE id = :id""")
                .param("s", mark.status().name()).param("n", mark.note().isEmpty() ? null : mark.note()).param("done", doneOn)
                .param("by", by).param("now", now).param("id", taskId).update();
    }
}
