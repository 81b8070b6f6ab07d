package org.linli.gridwork.patrol;

import org.linli.division.LatLon;

/** An estate or building of a grid, with its point on the map (null where none is drawn). */
public record GridPlace(long id, String code, String name, boolean building, Long parentId, LatLon point) {

    public Double lat() {
        return point == null ? null : point.lat();
    }

    public Double lon() {
        return point == null ? null : point.lon();
    }
}
