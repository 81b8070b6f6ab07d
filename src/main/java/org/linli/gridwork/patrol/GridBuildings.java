package org.linli.gridwork.patrol;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.shared.DataScope;
import org.springframework.stereotype.Component;

/** A grid's estates and buildings with their points, from the division face (two queries). */
@Component
public class GridBuildings {

    private final Divisions divisions;
    private final Locator locator;

    GridBuildings(Divisions divisions, Locator locator) {
        this.divisions = divisions;
        this.locator = locator;
    }

    /** Estates and buildings of the grid, in code order (an estate before its buildings). */
    public List<GridPlace> of(Division grid) {
        List<Division> below = divisions.search("", new DataScope(grid.path()), List.of(Level.ESTATE, Level.BUILDING), 10_000)
                .stream().sorted(Comparator.comparing(Division::path)).toList();
        Map<String, LatLon> points = locator.centres(below.stream().map(Division::path).toList());
        return below.stream().map(d -> new GridPlace(d.id(), d.code(), d.name(), d.level() == Level.BUILDING, d.parentId(),
                points.get(d.path()))).toList();
    }

    /** Only the buildings. */
    public List<GridPlace> buildings(Division grid) {
        return of(grid).stream().filter(GridPlace::building).toList();
    }
}
