package org.linli.workitems.burden;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The burden inventory's SQL: a committee's items, and the counts and ranking of a scope in one query each. */
@Component
class BurdenStore {

    /** Per kind, kept and recorded, as columns of the ranking (names from the closed enum, never from a request). */
    private static final String PER_KIND = java.util.Arrays.stream(BurdenKind.values())
            .map(k -> "count(*) FILTER (WHERE kind = '" + k.name() + "' AND removed_on IS NULL) AS kept_" + k.name()
                    + ", count(*) FILTER (WHERE kind = '" + k.name() + "') AS recorded_" + k.name())
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    BurdenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String committeePath, BurdenEntry e, LocalDate removedOn, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO burden_item (committee_path, kind, name, department_name, admitted, work_item_id, removed_on,
                                                 recorded_by, recorded_at)
                        VALUES (:path, :kind, :name, :dept, :admitted, :workItem, :removed, :by, :at) RETURNING id""")
                .param("path", committeePath).param("kind", e.kind().name()).param("name", e.name().strip())
                .param("dept", e.departmentName().strip()).param("admitted", e.isAdmitted())
                .param("workItem", e.workItemId(), java.sql.Types.BIGINT).param("removed", removedOn)
                .param("by", by).param("at", at).query(Long.class).single();
    }

    Optional<BurdenItem> find(long id, DataScope scope) {
        return jdbc.sql("SELECT * FROM burden_item WHERE id = :id AND committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix()).query(BurdenStore::item).optional();
    }

    boolean remove(long id, LocalDate day) {
        return jdbc.sql("UPDATE burden_item SET removed_on = :day WHERE id = :id AND removed_on IS NULL")
                .param("day", day).param("id", id).update() == 1;
    }

    /** A committee's items: kept first, the latest recorded first. */
    /** "KIND|name" of every item the committee still carries, so an import does not record one twice. */
    List<String> keptNames(String committeePath) {
        return jdbc.sql("SELECT kind || '|' || name FROM burden_item WHERE committee_path = :path AND removed_on IS NULL")
                .param("path", committeePath).query(String.class).list();
    }

    List<BurdenItem> ofCommittee(String committeePath, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM burden_item WHERE committee_path = :path
                        ORDER BY removed_on IS NOT NULL, recorded_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("path", committeePath).param("limit", limit).param("offset", offset).query(BurdenStore::item).list();
    }

    long countOfCommittee(String committeePath) {
        return jdbc.sql("SELECT count(*) FROM burden_item WHERE committee_path = :path").param("path", committeePath)
                .query(Long.class).single();
    }

    /** Per kind in the scope: recorded, kept, kept without admission. */
    Map<BurdenKind, BurdenCounts> counts(DataScope scope) {
        Map<BurdenKind, BurdenCounts> counts = new EnumMap<>(BurdenKind.class);
        for (BurdenKind k : BurdenKind.values()) {
            counts.put(k, new BurdenCounts(k, 0, 0, 0));
        }
        jdbc.sql("""
                        SELECT kind, count(*) AS recorded, count(*) FILTER (WHERE removed_on IS NULL) AS kept,
                               count(*) FILTER (WHERE removed_on IS NULL AND NOT admitted) AS unadmitted
                        FROM burden_item WHERE committee_path LIKE :prefix || '%' GROUP BY kind""")
                .param("prefix", scope.prefix())
                .query((rs, i) -> new BurdenCounts(BurdenKind.valueOf(rs.getString("kind")), rs.getLong("recorded"),
                        rs.getLong("kept"), rs.getLong("unadmitted")))
                .list().forEach(c -> counts.put(c.kind(), c));
        return counts;
    }

    /** The committees of the scope carrying the most (kept items), ranked in SQL. */
    List<CommitteeBurden> ranking(DataScope scope, int offset, int limit) {
        return jdbc.sql("""
                        SELECT committee_path, count(*) FILTER (WHERE removed_on IS NULL) AS kept, count(*) AS recorded,
                               count(*) FILTER (WHERE removed_on IS NULL AND NOT admitted) AS unadmitted, """ + PER_KIND + "\n" + """
                        FROM burden_item WHERE committee_path LIKE :prefix || '%'
                        GROUP BY committee_path
                        ORDER BY kept DESC, unadmitted DESC, committee_path LIMIT :limit OFFSET :offset""")
                .param("prefix", scope.prefix()).param("limit", limit).param("offset", offset)
                .query(BurdenStore::committee).list();
    }

    long countCommittees(DataScope scope) {
        return jdbc.sql("SELECT count(DISTINCT committee_path) FROM burden_item WHERE committee_path LIKE :prefix || '%'")
                .param("prefix", scope.prefix()).query(Long.class).single();
    }

    boolean anyWithin(DataScope scope) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM burden_item WHERE committee_path LIKE :prefix || '%')")
                .param("prefix", scope.prefix()).query(Boolean.class).single();
    }

    private static CommitteeBurden committee(ResultSet rs, int row) throws SQLException {
        Map<BurdenKind, Long> kept = new EnumMap<>(BurdenKind.class);
        Map<BurdenKind, Long> recorded = new EnumMap<>(BurdenKind.class);
        for (BurdenKind k : BurdenKind.values()) {
            kept.put(k, rs.getLong("kept_" + k.name()));
            recorded.put(k, rs.getLong("recorded_" + k.name()));
        }
        return new CommitteeBurden(rs.getString("committee_path"), kept, recorded, rs.getLong("kept"), rs.getLong("recorded"),
                rs.getLong("unadmitted"));
    }

    private static BurdenItem item(ResultSet rs, int row) throws SQLException {
        return new BurdenItem(rs.getLong("id"), rs.getString("committee_path"), BurdenKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("department_name"), rs.getBoolean("admitted"),
                (Long) rs.getObject("work_item_id"), rs.getObject("removed_on", LocalDate.class));
    }
}
