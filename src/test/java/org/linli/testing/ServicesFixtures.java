package org.linli.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.Places;
import org.linli.division.Shapes;
import org.linli.registry.Registration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Test data for the services module: a small map of buildings at points chosen by distance (a
 * metre of latitude is 1 / 111,194.93 degree on the sphere {@code division.LatLon} measures on),
 * each with a number of households; the demo's services for page tests.
 */
public final class ServicesFixtures {

    /** Degrees of latitude per metre on the sphere of radius 6,371,008.8 m. */
    public static final double DEGREES_PER_METRE = 180 / (Math.PI * 6_371_008.8);

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private ServicesFixtures() {
    }

    /** A building to make: its name, how far north of the origin (metres) and how many households live there. */
    public record Planned(String name, double metresNorth, int households) {
    }

    /** The latitude {@code metres} north of {@code lat0}. */
    public static double north(double lat0, double metres) {
        return lat0 + metres * DEGREES_PER_METRE;
    }

    /**
     * Grid {@code committeeCode + seq}, one estate and the buildings planned, each drawn as a point
     * {@code metresNorth} north of ({@code lat0}, {@code lon0}) with its households enrolled (one
     * adult each). Made once per database; returns the buildings in the order planned.
     */
    public static List<Division> smallMap(Places places, Shapes shapes, Divisions divisions, BenefitsFixtures.Registry registry,
                                          String committeeCode, String seq, double lat0, double lon0, List<Planned> planned) {
        String gridCode = committeeCode + seq;
        String estateCode = gridCode + "001";
        List<Division> buildings = new ArrayList<>();
        if (divisions.findByCode(gridCode).isPresent()) {
            for (int i = 1; i <= planned.size(); i++) {
                buildings.add(divisions.findByCode(estateCode + String.format("%03d", i)).orElseThrow());
            }
            return buildings;
        }
        places.createAll(List.of(new Places.NewPlace(committeeCode, gridCode, "生活圈网格" + seq, Level.GRID, null, null, null)));
        places.createAll(List.of(new Places.NewPlace(gridCode, estateCode, "生活圈小区" + seq, Level.ESTATE, "生活路" + seq + "号", null,
                null)));
        List<Places.NewPlace> made = new ArrayList<>();
        for (int i = 1; i <= planned.size(); i++) {
            made.add(new Places.NewPlace(estateCode, estateCode + String.format("%03d", i), planned.get(i - 1).name(), Level.BUILDING,
                    null, 6, 2));
        }
        places.createAll(made);
        List<Shapes.Drawn> points = new ArrayList<>();
        for (int i = 1; i <= planned.size(); i++) {
            Division b = divisions.findByCode(estateCode + String.format("%03d", i)).orElseThrow();
            buildings.add(b);
            points.add(new Shapes.Drawn(b, GEOMETRY.createPoint(new Coordinate(lon0, north(lat0, planned.get(i - 1).metresNorth())))));
        }
        shapes.load(points, "test");
        for (int i = 0; i < planned.size(); i++) {
            BenefitsFixtures.Registry at = new BenefitsFixtures.Registry(registry.enrolment(), registry.tags(), registry.changes(),
                    buildings.get(i), registry.worker());
            for (int h = 0; h < planned.get(i).households(); h++) {
                BenefitsFixtures.enrol(at, "林" + "春夏秋冬".charAt(i % 4) + "梅兰竹菊松".charAt(h % 5), LocalDate.of(1960 + h, 3, 1),
                        Registration.LOCAL, "户主", null);
            }
        }
        return buildings;
    }

    /** The id of a service of the demo catalogue of the committee, by title. */
    public static long demoService(JdbcClient jdbc, String committeeCode, String title) {
        return jdbc.sql("SELECT id FROM service_item WHERE committee_path LIKE '%/' || :c || '/' AND title = :t AND retired_on IS NULL")
                .param("c", committeeCode).param("t", title).query(Long.class).single();
    }
}
