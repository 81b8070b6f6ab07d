package org.linli.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Shapes.Drawn;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Boundaries for the demo district's streets, committees and grids and points for its estates and
 * buildings, generated so that siblings tile their parent without overlapping: each area is cut
 * into as many cells as it has children, in rows, the last row's cells widened to fill it. The
 * district sits where Yuquan is, so a phone in Hohhot finds itself in a grid.
 */
final class DemoShapes {

    /** Yuquan district's extent, roughly (WGS-84). */
    static final Envelope DISTRICT = new Envelope(111.600, 111.740, 40.690, 40.790);

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Map<Long, List<Division>> children = new HashMap<>();
    final List<Drawn> drawn = new ArrayList<>();

    /** {@code below} is every street, committee, grid, estate and building of the district. */
    DemoShapes(Division district, List<Division> below) {
        below.forEach(d -> children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d));
        children.values().forEach(list -> list.sort(Comparator.comparing(Division::code)));
        cut(district, DISTRICT);
    }

    private void cut(Division parent, Envelope box) {
        List<Division> kids = children.getOrDefault(parent.id(), List.of());
        List<Envelope> cells = cells(box, kids.size());
        for (int i = 0; i < kids.size(); i++) {
            Division kid = kids.get(i);
            Envelope cell = cells.get(i);
            switch (kid.level()) {
                case STREET, COMMITTEE, GRID -> drawn.add(new Drawn(kid, GEOMETRY.toGeometry(cell)));
                case ESTATE, BUILDING -> drawn.add(new Drawn(kid, GEOMETRY.createPoint(cell.centre())));
                default -> { }
            }
            // An estate's buildings stand in the middle of its cell, away from the grid's edges.
            Envelope inner = new Envelope(cell);
            if (kid.level() == org.linli.division.Level.ESTATE) {
                inner.expandBy(-cell.getWidth() * 0.2, -cell.getHeight() * 0.2);
            }
            cut(kid, inner);
        }
    }

    /** {@code n} cells tiling the box: rows of equal height, the cells of each row of equal width. */
    static List<Envelope> cells(Envelope box, int n) {
        List<Envelope> cells = new ArrayList<>();
        if (n == 0) {
            return cells;
        }
        int columns = (int) Math.ceil(Math.sqrt(n * box.getWidth() / box.getHeight()));
        columns = Math.clamp(columns, 1, n);
        int rows = (n + columns - 1) / columns;
        double height = box.getHeight() / rows;
        for (int r = 0; r < rows; r++) {
            int inRow = Math.min(columns, n - r * columns);
            double width = box.getWidth() / inRow;
            double top = box.getMaxY() - r * height;
            for (int c = 0; c < inRow; c++) {
                double left = box.getMinX() + c * width;
                cells.add(new Envelope(new Coordinate(left, top - height), new Coordinate(left + width, top)));
            }
        }
        return cells;
    }
}
