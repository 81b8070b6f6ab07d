package org.linli.division.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * Metres on a district's scale in a geometry of degrees: a degree of latitude is 111,320 m, one of
 * longitude that times the cosine of the latitude. Near enough for tolerances of a metre.
 */
final class Metres {

    static final double PER_DEGREE = 111_320;

    private Metres() {
    }

    /** The area of a geometry of degrees in square metres, scaled at its own latitude. */
    static double area(Geometry g) {
        if (g.isEmpty()) {
            return 0;
        }
        double lat = g.getEnvelopeInternal().centre().y;
        return g.getArea() * PER_DEGREE * PER_DEGREE * Math.cos(Math.toRadians(lat));
    }

    /**
     * The geometry grown by at least {@code metres} in every direction (the buffer in degrees of
     * longitude, which are the shorter, so north and south it grows a little more).
     */
    static Geometry buffer(Geometry g, double metres) {
        double lat = g.getEnvelopeInternal().centre().y;
        return g.buffer(metres / (PER_DEGREE * Math.cos(Math.toRadians(lat))));
    }
}
