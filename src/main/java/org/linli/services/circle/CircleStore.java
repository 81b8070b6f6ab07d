package org.linli.services.circle;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The distance test of the life circle in one statement: every building (its point, households
 * and walking distance, sent as arrays) against the facilities in service within a band of
 * latitude around it, great-circle distance on the same sphere as {@code division.LatLon},
 * rounded to whole metres, so a building exactly at the distance is within it.
 */
@Repository
class CircleStore {

    /** A building as the statement takes it. */
    record Building(String path, double lat, double lon, int walkMetres) {
    }

    private final JdbcClient jdbc;

    CircleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each building, the kinds of facility within its walk (buildings with none are absent). */
    Map<String, Set<String>> kindsWithinWalk(List<Building> buildings) {
        Map<String, Set<String>> kinds = new HashMap<>();
        if (buildings.isEmpty()) {
            return kinds;
        }
        List<String> paths = new ArrayList<>(buildings.size());
        List<Double> lats = new ArrayList<>(buildings.size());
        List<Double> lons = new ArrayList<>(buildings.size());
        List<Integer> walks = new ArrayList<>(buildings.size());
        for (Building b : buildings) {
            paths.add(b.path());
            lats.add(b.lat());
            lons.add(b.lon());
            walks.add(b.walkMetres());
        }
        // A degree of latitude is 111,195 m on this sphere: a band of walk / 111,000 degrees holds every facility within the walk.
        jdbc.sql("""
                        SELECT b.path, array_agg(DISTINCT f.kind)
                        FROM unnest(CAST(:paths AS text[]), CAST(:lats AS float8[]), CAST(:lons AS float8[]), CAST(:walks AS int[]))
                             AS b(path, lat, lon, walk)
                        JOIN service_facility f
                          ON f.retired_on IS NULL
                         AND f.latitude BETWEEN b.lat - (b.walk + 1) / 111000.0 AND b.lat + (b.walk + 1) / 111000.0
                         AND round(2 * 6371008.8 * asin(least(1, sqrt(
                                 power(sin(radians(f.latitude - b.lat) / 2), 2)
                                 + cos(radians(b.lat)) * cos(radians(f.latitude)) * power(sin(radians(f.longitude - b.lon) / 2), 2)))))
                             <= b.walk
                        GROUP BY b.path""")
                .param("paths", paths.toArray(String[]::new)).param("lats", lats.toArray(Double[]::new))
                .param("lons", lons.toArray(Double[]::new)).param("walks", walks.toArray(Integer[]::new))
                .query(rs -> {
                    kinds.put(rs.getString(1), strings(rs.getArray(2)));
                });
        return kinds;
    }

    private static Set<String> strings(Array array) throws SQLException {
        Set<String> set = new TreeSet<>();
        for (Object o : (Object[]) array.getArray()) {
            set.add((String) o);
        }
        return set;
    }
}
