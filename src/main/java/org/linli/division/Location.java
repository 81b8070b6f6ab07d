package org.linli.division;

/**
 * Where a point lies: the most precise area whose boundary covers it (a grid, else a committee,
 * else a street) and the nearest building within the distance asked for, if any.
 */
public record Location(LatLon point, Division area, Division building, Double buildingMetres) {

    /** The place a case at this point belongs to: the building when one is near, else the area. */
    public Division place() {
        return building != null ? building : area;
    }
}
