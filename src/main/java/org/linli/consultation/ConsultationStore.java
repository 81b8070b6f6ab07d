package org.linli.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consultation module's SQL: drafts, their paragraphs and comments. Division names come from
 * the division module's face, not from its table. Every statement that depends on the time binds
 * it ({@code :now}), so callers pass the clock's moment.
 */
@Component
class ConsultationStore {

    private static final String SELECT = """
            SELECT c.id, c.division_id, c.division_path, c.title, c.deadline, c.report_note, c.report_published_at,
                   c.report_published_by, c.created_by, c.created_at,
            """ + ConsultationStatus.SQL + """
             AS status,
                   c.comment_count, c.adopted_count, c.partly_count, c.rejected_count
            FROM consultation c
            """;
    private static final String COMMENT = """
            SELECT id, consultation_id, paragraph, passage, body, author_account_id, author_name, created_at, answer, reason,
                   answered_by, answered_at
            FROM consultation_comment
            """;
    private static final String FILTERED = " AND (:status = '' OR " + ConsultationStatus.SQL + " = :status)";

    private final JdbcClient jdbc;
    private final Divisions divisions;

    ConsultationStore(JdbcClient jdbc, Divisions divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    /** The drafts a filter ({@code visible}, SQL over {@code c} binding :prefix and :path) lets through, newest first. */
    List<Consultation> list(String visible, String prefix, String path, ConsultationStatus status, OffsetDateTime now,
                            int limit, int offset) {
        return jdbc.sql(SELECT + "WHERE " + visible + FILTERED + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
                .param("now", now).param("prefix", prefix).param("path", path).param("status", statusParam(status))
                .param("limit", limit).param("offset", offset).query(ConsultationStore::row).list().stream().map(named()).toList();
    }

    long count(String visible, String prefix, String path, ConsultationStatus status, OffsetDateTime now) {
        return jdbc.sql("SELECT count(*) FROM consultation c WHERE " + visible + FILTERED)
                .param("now", now).param("prefix", prefix).param("path", path).param("status", statusParam(status))
                .query(Long.class).single();
    }

    Optional<Consultation> find(long id, OffsetDateTime now) {
        return jdbc.sql(SELECT + "WHERE c.id = :id").param("id", id).param("now", now).query(ConsultationStore::row).optional()
                .map(named());
    }

    Optional<Consultation> findReported(long id, OffsetDateTime now) {
        return jdbc.sql(SELECT + "WHERE c.id = :id AND c.report_published_at IS NOT NULL").param("id", id).param("now", now)
                .query(ConsultationStore::row).optional().map(named());
    }

    List<Paragraph> paragraphs(long id) {
        return jdbc.sql("SELECT number, body FROM consultation_paragraph WHERE consultation_id = :c ORDER BY number")
                .param("c", id).query(Paragraph.class).list();
    }

    /** One page of comments in paragraph order; each filter reads its own index ({@code V33}). */
    List<Comment> comments(long id, CommentFilter filter, int page) {
        return jdbc.sql(COMMENT + "WHERE consultation_id = :c" + where(filter) + " ORDER BY paragraph, id LIMIT :limit OFFSET :offset")
                .param("c", id).param("p", filter.paragraph() == null ? 0 : filter.paragraph())
                .param("limit", CommentFilter.PAGE_SIZE).param("offset", page * CommentFilter.PAGE_SIZE).query(Comment.class).list();
    }

    /** How many comments of one paragraph a filter lets through (without a paragraph the draft's row has the counts). */
    long count(long id, CommentFilter filter) {
        return jdbc.sql("SELECT count(*) FROM consultation_comment WHERE consultation_id = :c" + where(filter))
                .param("c", id).param("p", filter.paragraph() == null ? 0 : filter.paragraph()).query(Long.class).single();
    }

    private static String where(CommentFilter filter) {
        return (filter.paragraph() == null ? "" : " AND paragraph = :p") + switch (filter.shown()) {
            case ALL -> "";
            case UNANSWERED -> " AND answer IS NULL";
            case ANSWERED -> " AND answer IS NOT NULL";
        };
    }

    Optional<Comment> comment(long id, long commentId) {
        return jdbc.sql(COMMENT + "WHERE consultation_id = :c AND id = :k").param("c", id).param("k", commentId)
                .query(Comment.class).optional();
    }

    /**
     * Every comment in paragraph order, row by row to the consumer with the driver fetching a few
     * hundred at a time (a cursor, so inside a transaction), never all of them in memory: the export.
     */
    void eachComment(long id, Consumer<Comment> each) {
        try (Stream<Comment> rows = jdbc.sql(COMMENT + "WHERE consultation_id = :c ORDER BY paragraph, id").param("c", id)
                .withFetchSize(500).query(Comment.class).stream()) {
            rows.forEach(each);
        }
    }

    boolean exists(long divisionId, String title) {
        return jdbc.sql("SELECT count(*) FROM consultation WHERE division_id = :d AND title = :t")
                .param("d", divisionId).param("t", title).query(Long.class).single() > 0;
    }

    long insert(Division division, String title, List<String> paragraphs, OffsetDateTime deadline, String by) {
        long id = jdbc.sql("""
                        INSERT INTO consultation (division_id, division_path, title, deadline, created_by)
                        VALUES (:d, :p, :t, :dl, :by) RETURNING id""")
                .param("d", division.id()).param("p", division.path()).param("t", title).param("dl", deadline).param("by", by)
                .query(Long.class).single();
        for (int i = 0; i < paragraphs.size(); i++) {
            jdbc.sql("INSERT INTO consultation_paragraph (consultation_id, number, body) VALUES (:c, :n, :b)")
                    .param("c", id).param("n", i + 1).param("b", paragraphs.get(i)).update();
        }
        return id;
    }

    /** Adds a comment only while the draft is open: the insert checks the deadline itself, so none slips in late. */
    boolean insertComment(long id, int paragraph, String passage, String body, long accountId, String name, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO consultation_comment (consultation_id, paragraph, passage, body, author_account_id, author_name)
                        SELECT c.id, :n, :passage, :body, :acc, :name FROM consultation c
                        WHERE c.id = :c AND :now < c.deadline AND c.report_published_at IS NULL""")
                .param("now", now).param("c", id).param("n", paragraph).param("passage", passage.isEmpty() ? null : passage)
                .param("body", body).param("acc", accountId).param("name", name).update() > 0;
    }

    /** Records an answer only between the deadline and the report. */
    boolean answer(long id, long commentId, Answer answer, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE consultation_comment SET answer = :a, reason = :r, answered_by = :by, answered_at = :now
                        WHERE id = :k AND consultation_id = :c
                          AND EXISTS (SELECT 1 FROM consultation WHERE id = :c AND report_published_at IS NULL AND :now >= deadline)""")
                .param("now", now).param("a", answer.name()).param("r", reason).param("by", by).param("k", commentId)
                .param("c", id).update() > 0;
    }

    long unanswered(long id) {
        return jdbc.sql("SELECT count(*) FROM consultation_comment WHERE consultation_id = :c AND answer IS NULL")
                .param("c", id).query(Long.class).single();
    }

    /** Publishes the report once, and only while no comment is unanswered. */
    boolean publishReport(long id, String note, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE consultation SET report_published_at = :now, report_published_by = :by, report_note = :n
                        WHERE id = :c AND report_published_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM consultation_comment WHERE consultation_id = :c AND answer IS NULL)""")
                .param("now", now).param("by", by).param("n", note.isEmpty() ? null : note).param("c", id).update() > 0;
    }

    private static String statusParam(ConsultationStatus status) {
        return status == null ? "" : status.name();
    }

    /** A row as stored; its division's name is added afterwards, from the division module. */
    private static Consultation row(ResultSet rs, int row) throws SQLException {
        return new Consultation(rs.getLong("id"), rs.getLong("division_id"), rs.getString("division_path"), null,
                rs.getString("title"), time(rs, "deadline"), rs.getString("report_note"), time(rs, "report_published_at"),
                rs.getString("report_published_by"), rs.getString("created_by"), time(rs, "created_at"),
                ConsultationStatus.valueOf(rs.getString("status")), rs.getLong("comment_count"), rs.getLong("adopted_count"),
                rs.getLong("partly_count"), rs.getLong("rejected_count"));
    }

    /** Names each draft's division, asking the division module once per division. */
    private Function<Consultation, Consultation> named() {
        Map<Long, String> names = new HashMap<>();
        return c -> c.named(names.computeIfAbsent(c.divisionId(),
                d -> divisions.findUnscoped(d).map(Division::name).orElse("")));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
