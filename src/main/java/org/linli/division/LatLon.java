package org.linli.division;

import java.util.Optional;

/**
 * A point in WGS-84 (the system phones give and Linli stores; 天地图's CGCS2000 is taken as the
 * same), latitude first as people write it. Distances are on the sphere, which is within a few
 * metres of the ellipsoid over a district.
 */
public record LatLon(double lat, double lon) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public LatLon {
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("not a latitude and longitude: " + lat + ", " + lon);
        }
    }

    /**
     * Two decimal degrees as typed or sent; empty when either is missing, not a number, or outside
     * the range of degrees.
     */
    public static Optional<LatLon> parse(String lat, String lon) {
        try {
            double a = Double.parseDouble(lat.strip());
            double o = Double.parseDouble(lon.strip());
            return Double.isFinite(a) && Double.isFinite(o) && Math.abs(a) <= 90 && Math.abs(o) <= 180
                    ? Optional.of(new LatLon(a, o)) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Within China's box (73.5–135.1°E, 3.8–53.6°N): outside it no conversion to GCJ-02 applies. */
    public boolean inChina() {
        return lon >= 73.5 && lon <= 135.1 && lat >= 3.8 && lat <= 53.6;
    }

    /** Great-circle distance in metres (haversine). */
    public double metresTo(LatLon other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
