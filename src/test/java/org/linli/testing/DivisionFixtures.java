package org.linli.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Test data of the division module's maps: GeoJSON files written one feature per line, so the
 * feature at index {@code i} of the list starts on line {@code i + 2} of the file.
 */
public final class DivisionFixtures {

    private DivisionFixtures() {
    }

    /** A FeatureCollection of the features, one per line after the opening line. */
    public static String collection(List<String> features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [\n" + String.join(",\n", features) + "\n]}\n";
    }

    public static InputStream stream(String geoJson) {
        return new ByteArrayInputStream(geoJson.getBytes(StandardCharsets.UTF_8));
    }

    /** A rectangular boundary (closed ring, anticlockwise). */
    public static String box(String code, double minLon, double minLat, double maxLon, double maxLat) {
        return feature(code, boxGeometry(minLon, minLat, maxLon, maxLat));
    }

    public static String boxGeometry(double minLon, double minLat, double maxLon, double maxLat) {
        return polygonGeometry(minLon, minLat, maxLon, minLat, maxLon, maxLat, minLon, maxLat, minLon, minLat);
    }

    /** A polygon of the given lon, lat pairs, as given (not closed unless they close it). */
    public static String polygonGeometry(double... lonLat) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i < lonLat.length; i += 2) {
            ring.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%.6f, %.6f]", lonLat[i], lonLat[i + 1]));
        }
        return "{\"type\": \"Polygon\", \"coordinates\": [[" + ring + "]]}";
    }

    public static String pointGeometry(double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\": \"Point\", \"coordinates\": [%.6f, %.6f]}", lon, lat);
    }

    public static String point(String code, double lon, double lat) {
        return feature(code, pointGeometry(lon, lat));
    }

    public static String feature(String code, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": {\"code\": \"" + code + "\"}, \"geometry\": " + geometry + "}";
    }
}
