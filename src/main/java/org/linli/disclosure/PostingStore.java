package org.linli.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a posting's versions, its withdrawal and its attached files. */
@Component
class PostingStore {

    private static final String POSTING = """
            SELECT p.id, p.item_id, i.name AS item_name, p.period_label, p.title, p.body, p.published_at, p.display_until,
                   p.published_by, p.topic_id, p.status, p.version, p.first_id, p.correction_reason, p.superseded_at,
                   p.withdrawn_reason, p.withdrawn_at, p.withdrawn_by
            FROM disclosure_posting p JOIN disclosure_item i ON i.id = p.item_id
            """;

    private final JdbcClient jdbc;

    PostingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Posting> find(long committeeId, long id) {
        return jdbc.sql(POSTING + "WHERE p.committee_id = :c AND p.id = :id").param("c", committeeId).param("id", id)
                .query(Posting.class).optional();
    }

    /** Every version of a posting, the first first. */
    List<Posting> versions(long committeeId, long chain) {
        return jdbc.sql(POSTING + "WHERE p.committee_id = :c AND (p.id = :chain OR p.first_id = :chain) ORDER BY p.version")
                .param("c", committeeId).param("chain", chain).query(Posting.class).list();
    }

    /** Marks the current version replaced; false when it is no longer current (corrected or withdrawn meanwhile). */
    boolean supersede(long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE disclosure_posting SET status = 'CORRECTED', superseded_at = :now WHERE id = :id AND status = 'CURRENT'")
                .param("now", now).param("id", id).update() > 0;
    }

    /** The next version of a posting: same item, period and topic, with the correction's reason. */
    long insertVersion(Posting old, Division committee, String title, String body, LocalDate displayUntil, String reason, String by,
                       OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO disclosure_posting (item_id, committee_id, division_path, period_label, title, body, published_at,
                                                        display_until, published_by, topic_id, version, first_id, correction_reason)
                        VALUES (:i, :c, :p, :period, :t, :b, :now, :u, :by, :topic, :v, :first, :reason) RETURNING id""")
                .param("i", old.itemId()).param("c", committee.id()).param("p", committee.path()).param("period", old.periodLabel())
                .param("t", title).param("b", body).param("now", now).param("u", displayUntil).param("by", by)
                .param("topic", old.topicId()).param("v", old.version() + 1).param("first", old.chain()).param("reason", reason)
                .query(Long.class).single();
    }

    /** Withdraws the current version; false when it is no longer current. */
    boolean withdraw(long id, String reason, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE disclosure_posting SET status = 'WITHDRAWN', withdrawn_reason = :r, withdrawn_by = :by, withdrawn_at = :now
                        WHERE id = :id AND status = 'CURRENT'""")
                .param("r", reason).param("by", by).param("now", now).param("id", id).update() > 0;
    }

    void attach(long postingId, Division committee, Upload file, String contentType, String by, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO disclosure_attachment (posting_id, committee_id, division_path, filename, content_type, size_bytes,
                                                           data, added_by, added_at)
                        VALUES (:p, :c, :path, :f, :t, :s, :d, :by, :now)""")
                .param("p", postingId).param("c", committee.id()).param("path", committee.path()).param("f", file.filename())
                .param("t", contentType).param("s", file.data().length).param("d", file.data()).param("by", by).param("now", now)
                .update();
    }

    /** A correction without new files keeps the files of the version it replaces. */
    void copyAttachments(long from, long to) {
        jdbc.sql("""
                        INSERT INTO disclosure_attachment (posting_id, committee_id, division_path, filename, content_type, size_bytes,
                                                           data, added_by, added_at)
                        SELECT :to, committee_id, division_path, filename, content_type, size_bytes, data, added_by, added_at
                        FROM disclosure_attachment WHERE posting_id = :from ORDER BY id""")
                .param("to", to).param("from", from).update();
    }

    /** The files of these postings, by posting, in the order they were attached. */
    Map<Long, List<Attachment>> attachments(Collection<Long> postingIds) {
        if (postingIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT id, posting_id, filename, content_type, size_bytes FROM disclosure_attachment
                        WHERE posting_id IN (:ids) ORDER BY id""")
                .param("ids", postingIds).query(Attachment.class).list().stream()
                .collect(Collectors.groupingBy(Attachment::postingId));
    }

    /** A file of the committee's board, unless its posting was withdrawn. */
    Optional<Attachment.File> file(long committeeId, long attachmentId) {
        return jdbc.sql("""
                        SELECT a.filename, a.content_type, a.data FROM disclosure_attachment a
                             JOIN disclosure_posting p ON p.id = a.posting_id
                        WHERE a.id = :a AND a.committee_id = :c AND p.status <> 'WITHDRAWN'""")
                .param("a", attachmentId).param("c", committeeId).query(Attachment.File.class).optional();
    }
}
