package org.linli.linkage.needs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.division.LatLon;
import org.linli.linkage.ServiceKind;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists of needs and resources, and the ranking of resources for a need, each one statement.
 * A resource is suggested for a need when it is of the same kind, in the need's street and in the
 * reader's scope; the nearest place comes first (same grid, then committee, then street), then the
 * shortest distance where both have a point (haversine on the stored WGS-84 points).
 */
@Component
class NeedStore {

    /** A need with the grid code it lies in ('' for the committee itself) and its street's path. */
    private static final String NEED_ROW = """
            SELECT ln.*, split_part(substr(ln.place_path, length(ln.committee_path) + 1), '/', 1) AS grid,
                   regexp_replace(ln.committee_path, '[^/]+/$', '') AS street
            FROM linkage_need ln""";

    /** Resources for the need {@code n}, nearest first; the caller adds LIMIT. */
    private static final String RANKED = """
            SELECT r.id AS r_id, r.title AS r_title, r.provider AS r_provider, r.committee_path AS r_committee,
                   r.place_path AS r_place,
                   CASE WHEN r.committee_path = n.committee_path AND n.grid <> ''
                             AND split_part(substr(r.place_path, length(r.committee_path) + 1), '/', 1) = n.grid THEN 0
                        WHEN r.committee_path = n.committee_path THEN 1 ELSE 2 END AS r_tier,
                   CASE WHEN r.latitude IS NOT NULL AND n.latitude IS NOT NULL THEN
                        2 * 6371008.8 * asin(sqrt(power(sin(radians(r.latitude - n.latitude) / 2), 2)
                            + cos(radians(n.latitude)) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - n.longitude) / 2), 2)))
                   END AS r_metres
            FROM linkage_resource r
            WHERE r.kind = n.kind AND r.committee_path LIKE n.street || '%' AND r.committee_path LIKE :prefix || '%'
            ORDER BY r_tier, r_metres NULLS LAST, r.id""";

    private static final String NEED_FILTER = "\n" + """
             WHERE ln.committee_path LIKE :prefix || '%'
               AND (CAST(:kind AS text) IS NULL OR ln.kind = :kind)
               AND (CAST(:status AS text) IS NULL OR ln.status = :status)
               AND (CAST(:q AS text) IS NULL OR strpos(ln.title, :q) > 0)""";

    private final JdbcClient jdbc;

    NeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertNeed(long committeeId, String committeePath, String placePath, NeedForm f, LatLon point, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO linkage_need (committee_id, committee_path, place_path, kind, title, detail, people, latitude,
                                                  longitude, recorded_by, recorded_at)
                        VALUES (:c, :cp, :pp, :kind, :title, :detail, :people, :lat, :lon, :by, :at) RETURNING id""")
                .param("c", committeeId).param("cp", committeePath).param("pp", placePath).param("kind", f.kind().name())
                .param("title", f.title().strip()).param("detail", f.detail() == null ? "" : f.detail().strip())
                .param("people", f.people()).param("lat", point == null ? null : point.lat(), java.sql.Types.DOUBLE)
                .param("lon", point == null ? null : point.lon(), java.sql.Types.DOUBLE).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    long insertResource(long committeeId, String committeePath, String placePath, ResourceForm f, LatLon point, String by,
                        OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO linkage_resource (committee_id, committee_path, place_path, kind, title, provider, detail, latitude,
                                                      longitude, recorded_by, recorded_at)
                        VALUES (:c, :cp, :pp, :kind, :title, :provider, :detail, :lat, :lon, :by, :at) RETURNING id""")
                .param("c", committeeId).param("cp", committeePath).param("pp", placePath).param("kind", f.kind().name())
                .param("title", f.title().strip()).param("provider", f.provider().strip())
                .param("detail", f.detail() == null ? "" : f.detail().strip())
                .param("lat", point == null ? null : point.lat(), java.sql.Types.DOUBLE)
                .param("lon", point == null ? null : point.lon(), java.sql.Types.DOUBLE).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    /** A page of the scope's needs, newest first, each open one with its best suggestion. */
    List<Need> needs(DataScope scope, ServiceKind kind, String status, String q, int offset, int limit) {
        return jdbc.sql("SELECT n.*, m.* FROM (" + NEED_ROW + NEED_FILTER + """
                         ORDER BY ln.recorded_at DESC, ln.id DESC LIMIT :limit OFFSET :offset) n
                        LEFT JOIN LATERAL (""" + RANKED + " LIMIT 1) m ON n.status = 'OPEN'\n"
                        + "ORDER BY n.recorded_at DESC, n.id DESC")
                .param("prefix", scope.prefix()).param("kind", kind == null ? null : kind.name()).param("status", status)
                .param("q", q).param("limit", limit).param("offset", offset).query(NeedStore::need).list();
    }

    long countNeeds(DataScope scope, ServiceKind kind, String status, String q) {
        return jdbc.sql("SELECT count(*) FROM linkage_need ln" + NEED_FILTER).param("prefix", scope.prefix())
                .param("kind", kind == null ? null : kind.name()).param("status", status).param("q", q).query(Long.class).single();
    }

    Optional<Need> need(long id, DataScope scope) {
        return jdbc.sql("SELECT n.*, NULL AS r_id FROM (" + NEED_ROW + " WHERE ln.id = :id AND ln.committee_path LIKE :prefix || '%') n")
                .param("id", id).param("prefix", scope.prefix()).query(NeedStore::need).optional();
    }

    /** The resources of the scope for a need, nearest first. */
    List<Suggestion> suggestions(long needId, DataScope scope, int limit) {
        return jdbc.sql("SELECT m.* FROM (" + NEED_ROW + " WHERE ln.id = :id) n, LATERAL (" + RANKED + " LIMIT :limit) m")
                .param("id", needId).param("prefix", scope.prefix()).param("limit", limit)
                .query((rs, i) -> suggestion(rs)).list();
    }

    /** Marks an open need taken up by a project; false when it was not open. */
    boolean markMatched(long needId) {
        return jdbc.sql("UPDATE linkage_need SET status = 'MATCHED' WHERE id = :id AND status = 'OPEN'").param("id", needId).update() == 1;
    }

    List<Resource> resources(DataScope scope, ServiceKind kind, String q, int offset, int limit) {
        return jdbc.sql("SELECT * FROM linkage_resource r" + resourceFilter() + " ORDER BY r.recorded_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .param("prefix", scope.prefix()).param("kind", kind == null ? null : kind.name()).param("q", q)
                .param("limit", limit).param("offset", offset).query(NeedStore::resource).list();
    }

    long countResources(DataScope scope, ServiceKind kind, String q) {
        return jdbc.sql("SELECT count(*) FROM linkage_resource r" + resourceFilter()).param("prefix", scope.prefix())
                .param("kind", kind == null ? null : kind.name()).param("q", q).query(Long.class).single();
    }

    Optional<Resource> resource(long id, DataScope scope) {
        return jdbc.sql("SELECT * FROM linkage_resource WHERE id = :id AND committee_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix()).query(NeedStore::resource).optional();
    }

    boolean anyNeedIn(String committeePath) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM linkage_need WHERE committee_path = :p)").param("p", committeePath)
                .query(Boolean.class).single();
    }

    private static String resourceFilter() {
        return "\n" + """
                 WHERE r.committee_path LIKE :prefix || '%'
                   AND (CAST(:kind AS text) IS NULL OR r.kind = :kind)
                   AND (CAST(:q AS text) IS NULL OR strpos(r.title, :q) > 0 OR strpos(r.provider, :q) > 0)""";
    }

    private static Need need(ResultSet rs, int row) throws SQLException {
        Suggestion best = rs.getObject("r_id") == null ? null : suggestion(rs);
        return new Need(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("committee_path"), rs.getString("place_path"),
                ServiceKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("detail"), rs.getInt("people"),
                rs.getString("status"), rs.getObject("recorded_at", OffsetDateTime.class), best);
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        return new Suggestion(rs.getLong("r_id"), rs.getString("r_title"), rs.getString("r_provider"), rs.getString("r_committee"),
                rs.getString("r_place"), rs.getInt("r_tier"), (Double) rs.getObject("r_metres"));
    }

    private static Resource resource(ResultSet rs, int row) throws SQLException {
        return new Resource(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("committee_path"), rs.getString("place_path"),
                ServiceKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("provider"), rs.getString("detail"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
