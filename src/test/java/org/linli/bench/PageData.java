package org.linli.bench;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data of issue #12's measurements, written straight into the tables (not timed, not a
 * measure of Linli): in the demo worker's committee 1,000 topics (half decided, each with twenty
 * evaluations: 10,000), a consultation past its deadline with 10,000 comments on ten paragraphs
 * (half answered), and 13,000 unread notices to the committee's workers (what 13,000 new cases
 * leave on the bell).
 */
final class PageData {

    record Built(long consultation, String report) {
    }

    private PageData() {
    }

    static Built build(JdbcClient jdbc, OffsetDateTime now) {
        long t = System.nanoTime();
        var committee = jdbc.sql("SELECT division_id, division_path FROM account WHERE username = 'worker'")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long committeeId = (Long) committee[0];
        String path = (String) committee[1];
        long resident = jdbc.sql("SELECT id FROM account WHERE username = 'resident'").query(Long.class).single();
        topics(jdbc, committeeId, path, now);
        long consultation = consultation(jdbc, committeeId, path, resident, now);
        jdbc.sql("""
                        INSERT INTO notification (at, role, division_id, text, link)
                        SELECT :now - make_interval(secs => g), 'COMMUNITY_WORKER', :d, '新诉求待受理：楼道堆物 ' || g, '/cases'
                        FROM generate_series(1, 13000) g""").param("now", now).param("d", committeeId).update();
        for (String table : new String[] {"topic", "topic_stage", "topic_evaluation", "consultation_comment", "notification"}) {
            jdbc.sql("ANALYZE " + table).update();
        }
        String report = jdbc.sql("""
                        SELECT format('topics %s, evaluations %s, comments on consultation %s: %s, notices %s (built in %s s)',
                            (SELECT count(*) FROM topic WHERE committee_id = :d), (SELECT count(*) FROM topic_evaluation),
                            :c, (SELECT count(*) FROM consultation_comment WHERE consultation_id = :c),
                            (SELECT count(*) FROM notification), :s)""")
                .param("d", committeeId).param("c", consultation).param("s", (System.nanoTime() - t) / 1_000_000_000)
                .query(String.class).single();
        return new Built(consultation, report);
    }

    /** 1,000 topics on the urban procedure: 500 under way (stage 1), 500 completed, each completed one with twenty evaluations. */
    private static void topics(JdbcClient jdbc, long committeeId, String path, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO topic (committee_id, division_path, title, body, source, proposer, status, procedure, stage, created_at)
                        SELECT :d, :p, '议题 ' || g || '：小区停车位规划', '关于小区停车位的规划与收费，请居民议一议。', 'STAFF', '张丽',
                               CASE WHEN g % 2 = 0 THEN 'COMPLETED' ELSE 'ADMITTED' END, 'URBAN',
                               CASE WHEN g % 2 = 0 THEN 4 ELSE 1 END, :now - make_interval(days => g % 300)
                        FROM generate_series(1, 1000) g""").param("d", committeeId).param("p", path).param("now", now).update();
        jdbc.sql("""
                        INSERT INTO topic_stage (topic_id, stage, name, record, closed_by, closed_at)
                        SELECT t.id, s, (ARRAY['提出议案', '民主议定', '公布告知', '组织实施'])[s + 1],
                               (ARRAY['议案：规划车位', '决议：按规划施划车位，月费 50 元', '已在公开栏公布决议', '已完成施划并公布结果'])[s + 1],
                               'worker', t.created_at
                        FROM topic t, generate_series(0, 3) s WHERE t.committee_id = :d AND s < t.stage""").param("d", committeeId).update();
        jdbc.sql("""
                        INSERT INTO topic_evaluation (topic_id, division_path, representative, rating, comment, recorded_by)
                        SELECT t.id, t.division_path, '代表' || r, CASE WHEN r % 5 = 0 THEN 'DISSATISFIED' ELSE 'SATISFIED' END,
                               CASE WHEN r % 5 = 0 THEN '收费偏高' END, 'worker'
                        FROM topic t, generate_series(1, 20) r WHERE t.committee_id = :d AND t.status = 'COMPLETED'""")
                .param("d", committeeId).update();
    }

    /** Ten paragraphs, 10,000 comments by the demo resident; the deadline passed a day ago and half are answered. */
    private static long consultation(JdbcClient jdbc, long committeeId, String path, long resident, OffsetDateTime now) {
        long id = jdbc.sql("""
                        INSERT INTO consultation (division_id, division_path, title, deadline, created_by, created_at)
                        VALUES (:d, :p, '小区停车管理办法（征求意见稿·压力测试）', :deadline, 'worker', :created) RETURNING id""")
                .param("d", committeeId).param("p", path).param("deadline", now.minusDays(1)).param("created", now.minusDays(31))
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO consultation_paragraph (consultation_id, number, body)
                        SELECT :c, n, '第' || n || '条 小区内机动车按划定车位停放，不得占用消防通道和绿地；每户限登记一辆机动车。'
                        FROM generate_series(1, 10) n""").param("c", id).update();
        jdbc.sql("""
                        INSERT INTO consultation_comment (consultation_id, paragraph, passage, body, author_account_id, author_name, created_at,
                                                          answer, reason, answered_by, answered_at)
                        SELECT :c, 1 + g % 10, CASE WHEN g % 3 = 0 THEN '不得占用消防通道' END,
                               '建议增加夜间临时停车位，并公布收费明细（第 ' || g || ' 条意见）', :r, '陈阿姨', :created + make_interval(secs => g),
                               CASE WHEN g % 2 = 0 THEN 'PARTLY_ADOPTED' END, CASE WHEN g % 2 = 0 THEN '将在修改稿中增加临时车位条款' END,
                               CASE WHEN g % 2 = 0 THEN 'worker' END, CASE WHEN g % 2 = 0 THEN :now END
                        FROM generate_series(1, 10000) g""")
                .param("c", id).param("r", resident).param("created", now.minusDays(30)).param("now", now).update();
        return id;
    }
}
