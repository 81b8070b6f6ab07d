package org.linli.deliberation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of a topic's implementation tasks, shared by the procedure (which may not publish the
 * implementation result while a task is open) and {@link Implementation} (which writes them).
 */
@Component
class TaskRecords {

    static final String SELECT = """
            SELECT k.id, k.topic_id, t.title AS topic_title, k.what, k.owner, k.owner_account_id, k.due_on, k.status, k.note,
                   k.done_on, k.updated_by
            FROM implementation_task k JOIN topic t ON t.id = k.topic_id
            """;

    private final JdbcClient jdbc;

    TaskRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Task> of(long topicId) {
        return jdbc.sql(SELECT + "WHERE k.topic_id = :t ORDER BY k.due_on, k.id").param("t", topicId).query(Task.class).list();
    }

    /** Whether the account owns a task of the topic. */
    boolean owns(long topicId, long accountId) {
        return jdbc.sql("SELECT count(*) FROM implementation_task WHERE topic_id = :t AND owner_account_id = :a")
                .param("t", topicId).param("a", accountId).query(Long.class).single() > 0;
    }

    /**
     * The text published when the implementation stage closes: the committee's account of the
     * result followed by every task and what became of it. Refused while there is no task or one
     * is not done, because the result of a resolution is the result of its tasks.
     */
    String resultText(long topicId, String record) {
        List<Task> tasks = of(topicId);
        if (tasks.isEmpty()) {
            throw new TopicRejected("请先为决议建立实施任务，全部完成后才能公布实施结果");
        }
        List<Task> open = tasks.stream().filter(k -> k.status() != TaskStatus.DONE).toList();
        if (!open.isEmpty()) {
            throw new TopicRejected("还有 " + open.size() + " 项实施任务未完成（" + open.getFirst().what() + "），全部完成后才能公布实施结果");
        }
        StringBuilder text = new StringBuilder(record.strip()).append("\n\n实施任务：");
        for (int i = 0; i < tasks.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(tasks.get(i).resultLine());
        }
        return text.toString();
    }
}
