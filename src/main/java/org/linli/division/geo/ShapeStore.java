package org.linli.division.geo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of {@code division_shape}: WKB in WGS-84 with its box and centre, and the version counter. */
@Component
public class ShapeStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ShapeStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A shape to store for a division. */
    public record NewShape(long divisionId, String path, Level level, Geometry geometry) {
    }

    public long version() {
        return jdbc.sql("SELECT version FROM division_shape_version").query(Long.class).single();
    }

    /**
     * Stores (or replaces) the shapes and moves the version, in the caller's transaction; one batch,
     * since a district's first drawing is thousands of rows.
     */
    public void saveAll(List<NewShape> shapes, String actor, OffsetDateTime now) {
        WKBWriter writer = new WKBWriter();
        SqlParameterSource[] rows = shapes.stream().map(s -> {
            Envelope box = s.geometry().getEnvelopeInternal();
            Point centre = s.geometry().getInteriorPoint();
            return new MapSqlParameterSource().addValue("id", s.divisionId()).addValue("path", s.path())
                    .addValue("level", s.level().name()).addValue("shape", writer.write(s.geometry()))
                    .addValue("minLon", box.getMinX()).addValue("minLat", box.getMinY())
                    .addValue("maxLon", box.getMaxX()).addValue("maxLat", box.getMaxY())
                    .addValue("cLon", centre.getX()).addValue("cLat", centre.getY())
                    .addValue("now", now).addValue("actor", actor);
        }).toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO division_shape (division_id, path, level, shape, min_lon, min_lat, max_lon, max_lat,
                                            centre_lon, centre_lat, updated_at, updated_by)
                VALUES (:id, :path, :level, :shape, :minLon, :minLat, :maxLon, :maxLat, :cLon, :cLat, :now, :actor)
                ON CONFLICT (division_id) DO UPDATE SET shape = excluded.shape, min_lon = excluded.min_lon,
                    min_lat = excluded.min_lat, max_lon = excluded.max_lon, max_lat = excluded.max_lat,
                    centre_lon = excluded.centre_lon, centre_lat = excluded.centre_lat,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""", rows);
        jdbc.sql("UPDATE division_shape_version SET version = version + 1").update();
    }

    /** Every area (street, committee, grid) for the index. */
    public List<AreaIndex.Area> areas() {
        return jdbc.sql("SELECT division_id, path, level, shape FROM division_shape WHERE level IN ('STREET', 'COMMITTEE', 'GRID')")
                .query((rs, i) -> new AreaIndex.Area(rs.getLong(1), rs.getString(2), Level.valueOf(rs.getString(3)),
                        geometry(rs.getBytes(4))))
                .list();
    }

    /** Every building's point for the index. */
    public List<AreaIndex.Spot> buildings() {
        return jdbc.sql("SELECT division_id, path, centre_lat, centre_lon FROM division_shape WHERE level = 'BUILDING'")
                .query((rs, i) -> new AreaIndex.Spot(rs.getLong(1), rs.getString(2), new LatLon(rs.getDouble(3), rs.getDouble(4))))
                .list();
    }

    /** The centre of the deepest of these paths (a place and its ancestors) that has a shape. */
    public Optional<LatLon> centreOfDeepest(List<String> paths) {
        return jdbc.sql("""
                        SELECT centre_lat, centre_lon FROM division_shape WHERE path IN (:paths)
                        ORDER BY length(path) DESC LIMIT 1""")
                .param("paths", paths)
                .query((rs, i) -> new LatLon(rs.getDouble(1), rs.getDouble(2)))
                .optional();
    }

    /** A stored shape with the name and code of its division, for checks and maps. */
    public record Stored(long divisionId, String code, String name, String path, Level level, Geometry geometry) {
    }

    private static final String STORED = """
            SELECT s.division_id, d.code, d.name, s.path, s.level, s.shape
              FROM division_shape s JOIN division d ON d.id = s.division_id""";

    /** The stored shapes of these paths (a feature's ancestors). */
    public List<Stored> atPaths(java.util.Collection<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(STORED + " WHERE s.path = ANY(:paths)").param("paths", paths.toArray(String[]::new))
                .query(ShapeStore::stored).list();
    }

    /**
     * The stored shapes strictly below a path, of the given levels (a parent's children, or a
     * boundary's descendants), whose box meets the given one (null for any).
     */
    public List<Stored> below(String path, List<Level> levels, Envelope box) {
        String prefix = path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(STORED + " " + """
                         WHERE s.path LIKE :prefix || '%' AND s.path <> :path AND s.level IN (:levels)
                           AND s.max_lon >= :minLon AND s.min_lon <= :maxLon AND s.max_lat >= :minLat AND s.min_lat <= :maxLat
                         ORDER BY s.path""")
                .param("prefix", prefix).param("path", path).param("levels", levels.stream().map(Enum::name).toList())
                .param("minLon", box == null ? -180 : box.getMinX()).param("maxLon", box == null ? 180 : box.getMaxX())
                .param("minLat", box == null ? -90 : box.getMinY()).param("maxLat", box == null ? 90 : box.getMaxY())
                .query(ShapeStore::stored).list();
    }

    /**
     * What a map of a division draws, within a scope ({@code scopePrefix} has LIKE's wildcards
     * escaped): the division and its children ({@code allBelow} false) or everything below it, areas
     * only or points too; the division first, then in path order.
     */
    public List<Stored> forMap(long divisionId, String path, String scopePrefix, boolean allBelow, boolean areasOnly) {
        String prefix = path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(STORED + " WHERE " + (allBelow ? "s.path LIKE :prefix || '%'" : "(s.division_id = :id OR d.parent_id = :id)")
                        + (areasOnly ? " AND s.level IN ('STREET', 'COMMITTEE', 'GRID')" : "")
                        + " AND s.path LIKE :scope || '%' ORDER BY length(s.path), s.path")
                .param("id", divisionId).param("prefix", prefix).param("scope", scopePrefix)
                .query(ShapeStore::stored).list();
    }

    private static Stored stored(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Level.valueOf(rs.getString(5)),
                geometry(rs.getBytes(6)));
    }

    /**
     * The centres of those of these paths that have a shape, by path; one statement for a whole
     * map's places (the paths are codes and slashes, so a comma list bound as one value is safe).
     */
    public java.util.Map<String, LatLon> centres(java.util.Collection<String> paths) {
        java.util.Map<String, LatLon> centres = new java.util.HashMap<>();
        if (paths.isEmpty()) {
            return centres;
        }
        jdbc.sql("SELECT path, centre_lat, centre_lon FROM division_shape WHERE path = ANY (string_to_array(:paths, ',') COLLATE \"C\")")
                .param("paths", String.join(",", paths))
                .query((rs, i) -> centres.put(rs.getString(1), new LatLon(rs.getDouble(2), rs.getDouble(3)))).list();
        return centres;
    }

    /** The stored geometry of one division. */
    public Optional<Geometry> shape(long divisionId) {
        return jdbc.sql("SELECT shape FROM division_shape WHERE division_id = :id").param("id", divisionId)
                .query((rs, i) -> geometry(rs.getBytes(1))).optional();
    }

    static Geometry geometry(byte[] wkb) {
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored shape is not WKB", e);
        }
    }
}
