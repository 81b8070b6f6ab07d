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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of {@code division_shape}: WKB in WGS-84 with its box and centre, and the version counter. */
@Component
public class ShapeStore {

    private final JdbcClient jdbc;

    ShapeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A shape to store for a division. */
    public record NewShape(long divisionId, String path, Level level, Geometry geometry) {
    }

    public long version() {
        return jdbc.sql("SELECT version FROM division_shape_version").query(Long.class).single();
    }

    /** Stores (or replaces) the shapes and moves the version, in the caller's transaction. */
    public void saveAll(List<NewShape> shapes, String actor, OffsetDateTime now) {
        WKBWriter writer = new WKBWriter();
        for (NewShape s : shapes) {
            Envelope box = s.geometry().getEnvelopeInternal();
            Point centre = s.geometry().getInteriorPoint();
            jdbc.sql("""
                    INSERT INTO division_shape (division_id, path, level, shape, min_lon, min_lat, max_lon, max_lat,
                                                centre_lon, centre_lat, updated_at, updated_by)
                    VALUES (:id, :path, :level, :shape, :minLon, :minLat, :maxLon, :maxLat, :cLon, :cLat, :now, :actor)
                    ON CONFLICT (division_id) DO UPDATE SET shape = excluded.shape, min_lon = excluded.min_lon,
                        min_lat = excluded.min_lat, max_lon = excluded.max_lon, max_lat = excluded.max_lat,
                        centre_lon = excluded.centre_lon, centre_lat = excluded.centre_lat,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                    .param("id", s.divisionId()).param("path", s.path()).param("level", s.level().name())
                    .param("shape", writer.write(s.geometry()))
                    .param("minLon", box.getMinX()).param("minLat", box.getMinY())
                    .param("maxLon", box.getMaxX()).param("maxLat", box.getMaxY())
                    .param("cLon", centre.getX()).param("cLat", centre.getY())
                    .param("now", now).param("actor", actor)
                    .update();
        }
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

    /** A boundary with the names a map labels it by. */
    public record Named(String code, String name, Level level, Geometry geometry) {
    }

    /**
     * The boundaries (streets, committees, grids) of a division and of those below it, within a
     * scope: both are paths with LIKE's wildcards escaped ({@code DataScope.prefix()}); in path order.
     */
    public List<Named> areasUnder(String rootPrefix, String scopePrefix) {
        return jdbc.sql("""
                        SELECT d.code, d.name, s.level, s.shape FROM division_shape s JOIN division d ON d.id = s.division_id
                        WHERE s.path LIKE :path || '%' AND s.path LIKE :prefix || '%' AND s.level IN ('STREET', 'COMMITTEE', 'GRID')
                        ORDER BY s.path""")
                .param("path", rootPrefix).param("prefix", scopePrefix)
                .query((rs, i) -> new Named(rs.getString(1), rs.getString(2), Level.valueOf(rs.getString(3)), geometry(rs.getBytes(4))))
                .list();
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
