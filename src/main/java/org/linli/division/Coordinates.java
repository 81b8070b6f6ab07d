package org.linli.division;

/**
 * WGS-84 ⇄ GCJ-02, the offset that AMap and Tencent tiles are drawn in. The same formulas as
 * {@code static/js/linli-map.js} (Krasovsky ellipsoid constants of the published algorithm), so a
 * point converted on a page and on the server lands on the same spot. Linli stores WGS-84; outside
 * China's box nothing is shifted.
 */
public final class Coordinates {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;

    private Coordinates() {
    }

    /** WGS-84 → GCJ-02; unchanged outside China. */
    public static LatLon toGcj(LatLon wgs) {
        if (!wgs.inChina()) {
            return wgs;
        }
        double x = wgs.lon() - 105, y = wgs.lat() - 35;
        double dLat = shiftLat(x, y), dLon = shiftLon(x, y);
        double rad = wgs.lat() / 180 * Math.PI;
        double magic = 1 - EE * Math.sin(rad) * Math.sin(rad);
        double sq = Math.sqrt(magic);
        dLat = dLat * 180 / ((A * (1 - EE)) / (magic * sq) * Math.PI);
        dLon = dLon * 180 / (A / sq * Math.cos(rad) * Math.PI);
        return new LatLon(wgs.lat() + dLat, wgs.lon() + dLon);
    }

    /**
     * GCJ-02 → WGS-84. The offset has no closed inverse: the WGS-84 point is found by iteration,
     * stepping back by the error of the forward conversion until it is below 1e-10° (about 0.01 mm).
     */
    public static LatLon fromGcj(LatLon gcj) {
        double lat = gcj.lat(), lon = gcj.lon();
        for (int i = 0; i < 30; i++) {
            LatLon there = toGcj(new LatLon(lat, lon));
            double dLat = there.lat() - gcj.lat(), dLon = there.lon() - gcj.lon();
            lat -= dLat;
            lon -= dLon;
            if (Math.abs(dLat) < 1e-10 && Math.abs(dLon) < 1e-10) {
                break;
            }
        }
        return new LatLon(lat, lon);
    }

    private static double shiftLat(double x, double y) {
        double r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2 / 3;
        r += (20 * Math.sin(y * Math.PI) + 40 * Math.sin(y / 3 * Math.PI)) * 2 / 3;
        r += (160 * Math.sin(y / 12 * Math.PI) + 320 * Math.sin(y * Math.PI / 30)) * 2 / 3;
        return r;
    }

    private static double shiftLon(double x, double y) {
        double r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2 / 3;
        r += (20 * Math.sin(x * Math.PI) + 40 * Math.sin(x / 3 * Math.PI)) * 2 / 3;
        r += (150 * Math.sin(x / 12 * Math.PI) + 300 * Math.sin(x / 30 * Math.PI)) * 2 / 3;
        return r;
    }
}
