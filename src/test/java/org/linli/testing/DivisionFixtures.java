package org.linli.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the division module: places of the demo district picked for what a test needs of
 * them (address matching), and GeoJSON files written one feature per line, so the feature at
 * index {@code i} of a list starts on line {@code i + 2} of the file (maps).
 */
public final class DivisionFixtures {

    public static final String STREET_PATH = "/15/1501/150104/150104001/";
    public static final String COMMITTEE_PATH = STREET_PATH + "150104001002/";

    private DivisionFixtures() {
    }

    /** An estate with its address and the code of its 3号楼 (null when it has none). */
    public record Estate(String code, String name, String address, String path, String buildingThree) {
    }

    private static final String ESTATE = """
            SELECT e.code, e.name, e.address, e.path,
                   (SELECT b.code FROM division b WHERE b.parent_id = e.id AND b.name = '3号楼') AS building_three
              FROM division e
            """;

    /**
     * The first estate of the scope with a 3号楼 whose name and whose address no other estate of
     * the scope has, and whose name is not the core of another's (泰和家园 beside 泰和小区).
     */
    public static Estate distinct(JdbcClient jdbc, String scopePath) {
        return jdbc.sql(ESTATE + """
                         WHERE e.level = 'ESTATE' AND e.path LIKE :scope || '%'
                           AND EXISTS (SELECT 1 FROM division b WHERE b.parent_id = e.id AND b.name = '3号楼')
                           AND NOT EXISTS (SELECT 1 FROM division o WHERE o.level = 'ESTATE' AND o.id <> e.id
                                  AND o.path LIKE :scope || '%'
                                  AND (o.address = e.address OR left(o.name, 2) = left(e.name, 2)))
                         ORDER BY e.code LIMIT 1""")
                .param("scope", scopePath).query(Estate.class).single();
    }

    /** Two estates of the scope that share a name no third estate of the scope has. */
    public static List<Estate> twoOfOneName(JdbcClient jdbc, String scopePath) {
        return jdbc.sql(ESTATE + """
                         WHERE e.level = 'ESTATE' AND e.path LIKE :scope || '%'
                           AND e.name = (SELECT name FROM division WHERE level = 'ESTATE' AND path LIKE :scope || '%'
                                          GROUP BY name HAVING count(*) = 2 ORDER BY name LIMIT 1)
                         ORDER BY e.code""")
                .param("scope", scopePath).query(Estate.class).list();
    }

    /** The first estate outside the scope whose address no other estate of the district has. */
    public static Estate outside(JdbcClient jdbc, String scopePath) {
        return jdbc.sql(ESTATE + """
                         WHERE e.level = 'ESTATE' AND e.path NOT LIKE :scope || '%'
                           AND NOT EXISTS (SELECT 1 FROM division o WHERE o.level = 'ESTATE' AND o.id <> e.id
                                  AND o.address = e.address)
                         ORDER BY e.code LIMIT 1""")
                .param("scope", scopePath).query(Estate.class).single();
    }

    /** The code of the place the case of that number is placed at. */
    public static String placeOfCase(JdbcClient jdbc, String number) {
        return jdbc.sql("SELECT d.code FROM case_record c JOIN division d ON d.id = c.division_id WHERE c.number = :n")
                .param("n", number).query(String.class).single();
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
