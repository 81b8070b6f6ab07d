package org.linli.workitems.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.workitems.lists.ListEntry;
import org.linli.workitems.lists.ListKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the certificate counter: the certificate list searched by words, and the requests. */
@Repository
class CertificateStore {

    /** The district's certificate list in force on :day. */
    private static final String LIST_IN_FORCE = """
            (SELECT l.id FROM work_list l WHERE l.region_path = :district AND l.kind = 'CERTIFICATE' AND l.effective_from <= :day
             ORDER BY l.effective_from DESC, l.version DESC LIMIT 1)""";
    /**
     * How well entry e answers the words :q: its title within the words (开个亲属关系证明), the words
     * within its title (无犯罪), then its longest keyword either way; 0 when nothing matches.
     */
    private static final String SCORE = """
            CASE WHEN :q = '' THEN 1
                 WHEN strpos(:q, e.title) > 0 THEN 1000 + length(e.title)
                 WHEN strpos(e.title, :q) > 0 THEN 500 + length(:q)
                 ELSE coalesce((SELECT max(length(k)) FROM unnest(regexp_split_to_array(coalesce(e.keywords, ''), '[、，,;；\\s]+')) k
                                WHERE k <> '' AND (strpos(:q, k) > 0 OR strpos(k, :q) > 0)), 0) END""";
    private static final String ENTRY = """
            SELECT e.id, e.list_id, l.version, l.effective_from, e.number, e.title, e.content, e.basis, e.authority, e.keywords
            FROM work_list_entry e JOIN work_list l ON l.id = e.list_id""";
    private static final String REQUEST = """
            SELECT r.id, r.committee_path, r.day, r.entry_id, e.number, r.title, e.content, e.basis, e.authority, r.department_id,
                   r.department_name, r.resident_name, r.recorded_at, r.recorded_by
            FROM certificate_request r JOIN work_list_entry e ON e.id = r.entry_id""";

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries of the district's list in force answering the words, best first. */
    List<ListEntry> search(String district, LocalDate day, String q, int offset, int limit) {
        return jdbc.sql(ENTRY + """
                         CROSS JOIN LATERAL (SELECT %s AS score) s
                        WHERE e.list_id = %s AND s.score > 0
                        ORDER BY s.score DESC, e.number LIMIT :limit OFFSET :offset""".formatted(SCORE, LIST_IN_FORCE))
                .param("district", district).param("day", day).param("q", q).param("limit", limit).param("offset", offset)
                .query(CertificateStore::entry).list();
    }

    int countSearch(String district, LocalDate day, String q) {
        return jdbc.sql("SELECT count(*) FROM work_list_entry e WHERE e.list_id = %s AND (%s) > 0".formatted(LIST_IN_FORCE, SCORE))
                .param("district", district).param("day", day).param("q", q).query(Integer.class).single();
    }

    /** The entry, when it belongs to the district's certificate list in force on the day. */
    Optional<ListEntry> entryInForce(String district, LocalDate day, long entryId) {
        return jdbc.sql(ENTRY + " WHERE e.id = :id AND e.list_id = " + LIST_IN_FORCE)
                .param("id", entryId).param("district", district).param("day", day).query(CertificateStore::entry).optional();
    }

    long insert(String committeePath, LocalDate day, ListEntry entry, Long departmentId, String departmentName,
                String resident, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        INSERT INTO certificate_request (committee_path, day, entry_id, title, department_id, department_name,
                                                         resident_name, recorded_at, recorded_by)
                        VALUES (:path, :day, :entry, :title, :dept, :deptName, :resident, :at, :by) RETURNING id""")
                .param("path", committeePath).param("day", day).param("entry", entry.id()).param("title", entry.title())
                .param("dept", departmentId).param("deptName", departmentName).param("resident", resident)
                .param("at", at).param("by", by).query(Long.class).single();
    }

    /** The request, when its committee lies in the scope. */
    Optional<CertificateRequest> find(long id, String prefix) {
        return jdbc.sql(REQUEST + " WHERE r.id = :id AND r.committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", prefix).query(CertificateStore::request).optional();
    }

    List<CertificateRequest> recent(String prefix, int offset, int limit) {
        return jdbc.sql(REQUEST + " WHERE r.committee_path LIKE :prefix || '%' ORDER BY r.recorded_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .param("prefix", prefix).param("limit", limit).param("offset", offset).query(CertificateStore::request).list();
    }

    int count(String prefix) {
        return jdbc.sql("SELECT count(*) FROM certificate_request r WHERE r.committee_path LIKE :prefix || '%'")
                .param("prefix", prefix).query(Integer.class).single();
    }

    private static ListEntry entry(ResultSet rs, int n) throws SQLException {
        return new ListEntry(rs.getLong(1), rs.getLong(2), ListKind.CERTIFICATE, rs.getInt(3), rs.getObject(4, LocalDate.class),
                rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    private static CertificateRequest request(ResultSet rs, int n) throws SQLException {
        return new CertificateRequest(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), (Long) rs.getObject(10), rs.getString(11),
                rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getString(14));
    }
}
