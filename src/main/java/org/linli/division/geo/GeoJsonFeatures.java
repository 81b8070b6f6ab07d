package org.linli.division.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection one feature at a time with Jackson's streaming parser, so each
 * feature is known by the line of the file it starts on (the line people fix). Each feature gives
 * its division code (property {@code code}, {@code adcode} or {@code id}, or the feature's own
 * {@code id}) and its geometry, or why the geometry cannot be read: rings not closed or with too few
 * points, coordinates that are not WGS-84 degrees or lie outside China.
 */
public final class GeoJsonFeatures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** One feature of the file: the geometry, or the reason it has none (code may be blank). */
    public record Feature(long line, String code, Geometry geometry, String problem) {
    }

    private GeoJsonFeatures() {
    }

    /** Every feature of the file, or a single line-0 problem when the file is not a FeatureCollection. */
    public static List<Feature> read(InputStream in) {
        List<Feature> features = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of(new Feature(1, "", null, "文件不是 GeoJSON 要素集合（FeatureCollection）"));
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    found = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = parser.currentTokenLocation().getLineNr();
                        JsonNode feature = parser.readValueAsTree();
                        features.add(feature(line, feature));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!found) {
                return List.of(new Feature(1, "", null, "文件中没有要素列表（features）"));
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            features.add(new Feature(Math.max(line, 0), "", null, "文件不是有效的 JSON：第 " + line + " 行附近有语法错误"));
        }
        return features;
    }

    static Feature feature(long line, JsonNode feature) {
        String code = code(feature);
        if (code.isEmpty()) {
            return new Feature(line, "", null, "缺少区划编码（属性 code、adcode 或 id）");
        }
        JsonNode geometry = feature.path("geometry");
        if (!geometry.isObject()) {
            return new Feature(line, code, null, "缺少几何图形（geometry）");
        }
        try {
            return new Feature(line, code, geometry(geometry), null);
        } catch (Unreadable e) {
            return new Feature(line, code, null, e.getMessage());
        }
    }

    private static String code(JsonNode feature) {
        JsonNode properties = feature.path("properties");
        for (JsonNode candidate : List.of(properties.path("code"), properties.path("adcode"), properties.path("id"),
                feature.path("id"))) {
            if (candidate.isString() && !candidate.asString().isBlank()) {
                return candidate.asString().strip();
            }
            if (candidate.isIntegralNumber()) {
                return candidate.bigIntegerValue().toString();
            }
        }
        return "";
    }

    /** A geometry alone, as a page sends a drawing; {@link Unreadable} says what is wrong with it. */
    static Geometry geometry(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new Unreadable("图形数据不是有效的 GeoJSON");
        }
        if (node.path("type").asString("").equals("Feature")) {
            node = node.path("geometry");
        }
        if (!node.isObject()) {
            throw new Unreadable("图形数据不是有效的 GeoJSON");
        }
        return geometry(node);
    }

    private static Geometry geometry(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        JsonNode c = geometry.path("coordinates");
        return switch (type) {
            case "Point" -> GEOMETRY.createPoint(coordinate(c));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                if (!c.isArray() || c.isEmpty()) {
                    throw new Unreadable("多边形集合（MultiPolygon）没有坐标");
                }
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(c.get(i));
                }
                yield GEOMETRY.createMultiPolygon(parts);
            }
            case "" -> throw new Unreadable("几何图形缺少类型（type）");
            default -> throw new Unreadable("不支持的几何类型“" + type + "”：边界应为 Polygon 或 MultiPolygon，位置应为 Point");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new Unreadable("多边形（Polygon）没有坐标");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    /** A ring as JTS needs it: closed, with at least four points (three corners and the first again). */
    private static LinearRing ring(JsonNode points) {
        if (!points.isArray()) {
            throw new Unreadable("多边形的环不是坐标列表");
        }
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = coordinate(points.get(i));
        }
        if (coordinates.length > 0 && !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new Unreadable("多边形的环未闭合：首尾两点应相同");
        }
        if (coordinates.length < 4) {
            throw new Unreadable("多边形的环点数太少：至少需要 3 个不同的顶点并回到起点");
        }
        return GEOMETRY.createLinearRing(coordinates);
    }

    /** A position [longitude, latitude] in WGS-84 degrees, inside China's box. */
    private static Coordinate coordinate(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new Unreadable("坐标应为 [经度, 纬度] 两个数");
        }
        double lon = position.get(0).asDouble(), lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new Unreadable("坐标 [%s, %s] 不是 WGS-84 经纬度（度）：请先转换为 WGS-84 经纬度，经度在前".formatted(
                    position.get(0).asString(), position.get(1).asString()));
        }
        if (!(lon >= 73.5 && lon <= 135.1 && lat >= 3.8 && lat <= 53.6)) {
            throw new Unreadable("坐标 [%s, %s] 在中国境外：请检查经纬度是否颠倒或坐标系是否为 WGS-84".formatted(
                    position.get(0).asString(), position.get(1).asString()));
        }
        return new Coordinate(lon, lat);
    }

    /** Why a geometry cannot be read, in the words the import reports. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
