package org.linli.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.linli.deliberation.ResolutionPassed;
import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The disclosure module's SQL: catalogue items, postings, and the resolutions owed a posting. */
@Component
class DisclosureStore {

    private static final String ITEM = """
            SELECT id, committee_id, name, kind, since FROM disclosure_item
            """;
    private static final String POSTING = """
            SELECT p.id, p.item_id, i.name AS item_name, p.period_label, p.title, p.body, p.published_at, p.display_until,
                   p.published_by, p.topic_id, p.status, p.version, p.first_id, p.correction_reason, p.superseded_at,
                   p.withdrawn_reason, p.withdrawn_at, p.withdrawn_by
            FROM disclosure_posting p JOIN disclosure_item i ON i.id = p.item_id
            """;
    /** A resolution stays owed until a posting of its committee refers to its topic. */
    private static final String UNPOSTED = """
            SELECT r.topic_id, r.committee_id, r.title, r.decided_on FROM disclosure_resolution r
            WHERE NOT EXISTS (SELECT 1 FROM disclosure_posting p WHERE p.committee_id = r.committee_id AND p.topic_id = r.topic_id
                              AND p.status = 'CURRENT')
            """;

    private final JdbcClient jdbc;

    DisclosureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Item.Entry> items(long committeeId) {
        return jdbc.sql(ITEM + "WHERE committee_id = :c AND active ORDER BY id").param("c", committeeId).query(Item.Entry.class)
                .list();
    }

    /** The catalogue entries of every committee under a path, in one query (the street's and district's overview). */
    List<Item.Entry> itemsUnder(String prefix) {
        return jdbc.sql(ITEM + "WHERE division_path LIKE :p || '%' AND active ORDER BY committee_id, id").param("p", prefix)
                .query(Item.Entry.class).list();
    }

    /** Which periods of which items have a posting under a path: "item id|period label", in one query. */
    Set<String> postedUnder(String prefix) {
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT item_id || '|' || period_label FROM disclosure_posting
                        WHERE division_path LIKE :p || '%' AND status = 'CURRENT'""")
                .param("p", prefix).query(String.class).list());
    }

    void insertItem(Division committee, String name, Kind kind, LocalDate since) {
        jdbc.sql("""
                        INSERT INTO disclosure_item (committee_id, division_path, name, kind, since)
                        VALUES (:c, :p, :n, :k, :s) ON CONFLICT DO NOTHING""")
                .param("c", committee.id()).param("p", committee.path()).param("n", name).param("k", kind.name())
                .param("s", since).update();
    }

    List<Posting> onDisplay(long committeeId, LocalDate today) {
        return jdbc.sql(POSTING + """
                        WHERE p.committee_id = :c AND p.display_until >= :today AND p.status <> 'CORRECTED'
                        ORDER BY p.published_at DESC, p.id DESC LIMIT 200""")
                .param("c", committeeId).param("today", today).query(Posting.class).list();
    }

    List<Posting> history(long committeeId, int limit) {
        return jdbc.sql(POSTING + "WHERE p.committee_id = :c AND p.status <> 'CORRECTED' ORDER BY p.published_at DESC, p.id DESC LIMIT :l")
                .param("c", committeeId).param("l", limit).query(Posting.class).list();
    }

    /** Which periods of which items have a posting: "item id|period label". */
    Set<String> posted(long committeeId) {
        return new HashSet<>(jdbc.sql("SELECT item_id || '|' || period_label FROM disclosure_posting WHERE committee_id = :c AND status = 'CURRENT'")
                .param("c", committeeId).query(String.class).list());
    }

    long insertPosting(Item item, Division committee, String period, String title, String body, LocalDate displayUntil,
                       String by, OffsetDateTime now, Long topicId) {
        return jdbc.sql("""
                        INSERT INTO disclosure_posting (item_id, committee_id, division_path, period_label, title, body, published_at,
                                                        display_until, published_by, topic_id)
                        VALUES (:i, :c, :p, :period, :t, :b, :now, :u, :by, :topic) RETURNING id""")
                .param("i", item.id()).param("c", committee.id()).param("p", committee.path()).param("period", period)
                .param("t", title).param("b", body).param("now", now).param("u", displayUntil).param("by", by)
                .param("topic", topicId).query(Long.class).single();
    }

    /** Records a passed resolution once; a repeated event for the same topic keeps the first. */
    void recordResolution(ResolutionPassed passed, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO disclosure_resolution (topic_id, committee_id, division_path, title, decided_on, recorded_at)
                        VALUES (:t, :c, :p, :title, :on, :now) ON CONFLICT (topic_id) DO NOTHING""")
                .param("t", passed.topicId()).param("c", passed.committeeId()).param("p", passed.committeePath())
                .param("title", passed.title()).param("on", passed.decidedOn()).param("now", now).update();
    }

    /** Whether the committee has a recorded resolution on the topic. */
    boolean hasResolution(long committeeId, long topicId) {
        return jdbc.sql("SELECT count(*) FROM disclosure_resolution WHERE committee_id = :c AND topic_id = :t")
                .param("c", committeeId).param("t", topicId).query(Long.class).single() > 0;
    }

    /** The committee's resolutions not yet posted, oldest first. */
    List<Resolution> unposted(long committeeId) {
        return jdbc.sql(UNPOSTED + "AND r.committee_id = :c ORDER BY r.decided_on, r.id").param("c", committeeId)
                .query(Resolution.class).list();
    }

    /** The resolutions not yet posted by the committees under a path, oldest first. */
    List<Resolution> unposted(String prefix) {
        return jdbc.sql(UNPOSTED + "AND r.division_path LIKE :prefix || '%' ORDER BY r.decided_on, r.id").param("prefix", prefix)
                .query(Resolution.class).list();
    }
}
