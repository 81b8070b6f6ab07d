package org.linli.workitems.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the lists: versions of a region's list and their entries. */
@Repository
class WorkListStore {

    private static final String LIST = """
            SELECT l.id, l.region_path, l.kind, l.version, l.effective_from, l.note, l.published_at, l.published_by,
                   l.created_at, l.created_by FROM work_list l""";
    private static final String ENTRY = """
            SELECT e.id, e.list_id, l.kind, l.version, l.effective_from, e.number, e.title, e.content, e.basis, e.authority,
                   e.keywords FROM work_list_entry e JOIN work_list l ON l.id = e.list_id""";

    private final JdbcClient jdbc;

    WorkListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The version in force on the day for a place: of the regions above or at the place that
     * publish this list, the nearest; its latest published version whose effective date has come.
     */
    Optional<WorkList> inForce(String path, ListKind kind, LocalDate day) {
        return jdbc.sql(LIST + """
                         WHERE starts_with(:path, l.region_path) AND l.kind = :kind AND l.effective_from <= :day
                        ORDER BY length(l.region_path) DESC, l.effective_from DESC, l.version DESC LIMIT 1""")
                .param("path", path).param("kind", kind.name()).param("day", day).query(WorkListStore::list).optional();
    }

    Optional<WorkList> find(long id) {
        return jdbc.sql(LIST + " WHERE l.id = :id").param("id", id).query(WorkListStore::list).optional();
    }

    /** Every version of a region's list, newest first, the draft included. */
    List<WorkList> versions(String regionPath, ListKind kind) {
        return jdbc.sql(LIST + " WHERE l.region_path = :r AND l.kind = :kind ORDER BY l.version DESC")
                .param("r", regionPath).param("kind", kind.name()).query(WorkListStore::list).list();
    }

    Optional<WorkList> draft(String regionPath, ListKind kind) {
        return jdbc.sql(LIST + " WHERE l.region_path = :r AND l.kind = :kind AND l.effective_from IS NULL")
                .param("r", regionPath).param("kind", kind.name()).query(WorkListStore::list).optional();
    }

    /** A new version (the next number), a draft. */
    WorkList insertDraft(String regionPath, ListKind kind, OffsetDateTime at, String by) {
        long id = jdbc.sql("""
                        INSERT INTO work_list (region_path, kind, version, created_at, created_by)
                        SELECT :r, :kind, coalesce(max(version), 0) + 1, :at, :by FROM work_list WHERE region_path = :r AND kind = :kind
                        RETURNING id""")
                .param("r", regionPath).param("kind", kind.name()).param("at", at).param("by", by).query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** Publishes a draft from a day; false when it is no longer a draft (published meanwhile). */
    boolean publish(long listId, LocalDate from, String note, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        UPDATE work_list SET effective_from = :from, note = :note, published_at = :at, published_by = :by
                        WHERE id = :id AND effective_from IS NULL""")
                .param("from", from).param("note", note).param("at", at).param("by", by).param("id", listId).update() == 1;
    }

    /** Holds the region's list while a draft is made or published, so two never race. */
    void lock(String regionPath, ListKind kind) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", "work_list:" + regionPath + ":" + kind.name())
                .query(Object.class).list();
    }

    List<ListEntry> entries(long listId) {
        return jdbc.sql(ENTRY + " WHERE e.list_id = :id ORDER BY e.number").param("id", listId)
                .query(WorkListStore::entry).list();
    }

    Optional<ListEntry> entry(long entryId) {
        return jdbc.sql(ENTRY + " WHERE e.id = :id").param("id", entryId).query(WorkListStore::entry).optional();
    }

    int countEntries(long listId) {
        return jdbc.sql("SELECT count(*) FROM work_list_entry WHERE list_id = :id").param("id", listId)
                .query(Integer.class).single();
    }

    long insertEntry(long listId, int number, EntryForm e) {
        return jdbc.sql("""
                        INSERT INTO work_list_entry (list_id, number, title, content, basis, authority, keywords)
                        VALUES (:list, :number, :title, :content, :basis, :authority, :keywords) RETURNING id""")
                .param("list", listId).param("number", number).param("title", e.title().strip())
                .param("content", blank(e.content())).param("basis", e.basis().strip()).param("authority", e.authority().strip())
                .param("keywords", blank(e.keywords())).query(Long.class).single();
    }

    void updateEntry(long entryId, EntryForm e) {
        jdbc.sql("""
                        UPDATE work_list_entry SET title = :title, content = :content, basis = :basis, authority = :authority,
                               keywords = :keywords WHERE id = :id""")
                .param("title", e.title().strip()).param("content", blank(e.content())).param("basis", e.basis().strip())
                .param("authority", e.authority().strip()).param("keywords", blank(e.keywords())).param("id", entryId).update();
    }

    void deleteEntry(long entryId) {
        jdbc.sql("DELETE FROM work_list_entry WHERE id = :id").param("id", entryId).update();
    }

    /**
     * Numbers the draft's entries 1, 2, … in the given order (ids not named keep their order after
     * them); in two steps, because (list_id, number) is unique.
     */
    void renumber(long listId, List<Long> order) {
        jdbc.sql("UPDATE work_list_entry SET number = -number WHERE list_id = :id").param("id", listId).update();
        jdbc.sql("""
                        UPDATE work_list_entry e SET number = n.rn FROM (
                          SELECT id, row_number() OVER (ORDER BY coalesce(array_position(CAST(:order AS bigint[]), id), 2147483647),
                                                        -number) AS rn
                          FROM work_list_entry WHERE list_id = :id) n
                        WHERE e.id = n.id""")
                .param("order", order.toArray(Long[]::new)).param("id", listId).update();
    }

    /** Copies a version's entries into another (a new draft starts from the list in force). */
    void copyEntries(long fromList, long toList) {
        jdbc.sql("""
                        INSERT INTO work_list_entry (list_id, number, title, content, basis, authority, keywords)
                        SELECT :to, number, title, content, basis, authority, keywords FROM work_list_entry WHERE list_id = :from""")
                .param("from", fromList).param("to", toList).update();
    }

    void deleteEntries(long listId) {
        jdbc.sql("DELETE FROM work_list_entry WHERE list_id = :id").param("id", listId).update();
    }

    private static WorkList list(ResultSet rs, int n) throws SQLException {
        return new WorkList(rs.getLong("id"), rs.getString("region_path"), ListKind.valueOf(rs.getString("kind")),
                rs.getInt("version"), rs.getObject("effective_from", LocalDate.class), rs.getString("note"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }

    private static ListEntry entry(ResultSet rs, int n) throws SQLException {
        return new ListEntry(rs.getLong("id"), rs.getLong("list_id"), ListKind.valueOf(rs.getString("kind")),
                rs.getInt("version"), rs.getObject("effective_from", LocalDate.class), rs.getInt("number"),
                rs.getString("title"), rs.getString("content"), rs.getString("basis"), rs.getString("authority"),
                rs.getString("keywords"));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
