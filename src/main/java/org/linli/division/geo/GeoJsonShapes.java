package org.linli.division.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Stored shapes as GeoJSON (WGS-84, longitude first), for the map page and the shapes API. */
public final class GeoJsonShapes {

    private GeoJsonShapes() {
    }

    /** A FeatureCollection of the shapes, each with its division's id, code, name and level. */
    public static Map<String, Object> collection(List<ShapeStore.Stored> shapes, long selfId) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (ShapeStore.Stored s : shapes) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", s.divisionId());
            properties.put("code", s.code());
            properties.put("name", s.name());
            properties.put("level", s.level().name());
            properties.put("levelLabel", s.level().label());
            properties.put("self", s.divisionId() == selfId);
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", s.divisionId());
            feature.put("properties", properties);
            feature.put("geometry", geometry(s.geometry()));
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    static Map<String, Object> geometry(Geometry g) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", g.getGeometryType());
        geometry.put("coordinates", switch (g) {
            case Point p -> position(p.getCoordinate());
            case Polygon p -> rings(p);
            default -> {
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    parts.add(rings((Polygon) g.getGeometryN(i)));
                }
                yield parts;
            }
        });
        return geometry;
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(line(p.getExteriorRing()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(line(p.getInteriorRingN(i)));
        }
        return rings;
    }

    private static List<Object> line(LineString ring) {
        List<Object> points = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            points.add(position(c));
        }
        return points;
    }

    private static List<Double> position(Coordinate c) {
        return List.of(round(c.x), round(c.y));
    }

    /** Seven decimals: about a centimetre. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
