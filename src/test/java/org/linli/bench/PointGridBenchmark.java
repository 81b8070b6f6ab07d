package org.linli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.geo.AreaIndex;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Not part of {@code verify}: places random points in 10,000 generated grid boundaries through
 * {@link AreaIndex} (what {@code Locator} asks), and the same points through JTS's own STR-tree of
 * {@link IndexedPointInAreaLocator}s, the ceiling, in the same run. The grids tile a district of
 * 0.5° × 0.5° in 100 × 100 cells whose edges are broken lines of jittered shared points (16
 * vertices a cell), so neighbours share their edges exactly, as drawn boundaries do. See
 * docs/benchmarks.md for the command.
 */
class PointGridBenchmark {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int CELLS = 100;
    private static final int STEPS = 4;
    private static final double MIN_LON = 111.40, MIN_LAT = 40.50, SIZE = 0.5;
    private static final int POINTS = Integer.getInteger("bench.points", 1_000_000);

    @Test
    void placeAMillionPointsInTenThousandGrids() throws IOException {
        List<Geometry> grids = grids(new Random(13));
        List<AreaIndex.Area> areas = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            areas.add(new AreaIndex.Area(i, "/15/1501/150104/150104001/150104001%03d/150104001%03d%03d/"
                    .formatted(i / 100, i / 100, i % 100), Level.GRID, grids.get(i)));
        }
        long built = System.nanoTime();
        AreaIndex index = new AreaIndex(areas, List.of());
        double buildMs = (System.nanoTime() - built) / 1e6;
        long builtJts = System.nanoTime();
        STRtree ceiling = new STRtree();
        grids.forEach(g -> ceiling.insert(g.getEnvelopeInternal(), new Object[] {g, new IndexedPointInAreaLocator(g)}));
        ceiling.build();
        double buildJtsMs = (System.nanoTime() - builtJts) / 1e6;

        // 2 % of the points fall just outside the district, where neither finds anything.
        Random random = new Random(42);
        double[] lats = new double[POINTS], lons = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            lats[i] = MIN_LAT - 0.01 * SIZE + random.nextDouble() * SIZE * 1.02;
            lons[i] = MIN_LON - 0.01 * SIZE + random.nextDouble() * SIZE * 1.02;
        }
        // Warm both up (the JIT), then measure each point on its own.
        measureLinli(index, lats, lons, 200_000);
        measureJts(ceiling, lats, lons, 200_000);
        long[] linli = measureLinli(index, lats, lons, POINTS);
        long[] jts = measureJts(ceiling, lats, lons, POINTS);

        String report = String.join("\n",
                "points %,d, grids %,d (%d vertices each), index built in %.0f ms (JTS %.0f ms)".formatted(
                        POINTS, grids.size(), grids.getFirst().getNumPoints() - 1, buildMs, buildJtsMs),
                row("AreaIndex.deepestCovering", linli),
                row("JTS STRtree + IndexedPointInAreaLocator", jts),
                "found in both: %,d and %,d".formatted(found, foundJts));
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "point-grid.txt"), report + "\n");
    }

    private long found, foundJts;

    private long[] measureLinli(AreaIndex index, double[] lats, double[] lons, int n) {
        long[] nanos = new long[n];
        long hits = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            boolean hit = index.deepestCovering(new LatLon(lats[i], lons[i]), p -> true).isPresent();
            nanos[i] = System.nanoTime() - start;
            hits += hit ? 1 : 0;
        }
        found = hits;
        return nanos;
    }

    private long[] measureJts(STRtree tree, double[] lats, double[] lons, int n) {
        long[] nanos = new long[n];
        long hits = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            Coordinate c = new Coordinate(lons[i], lats[i]);
            boolean hit = false;
            for (Object o : tree.query(new Envelope(c))) {
                if (((IndexedPointInAreaLocator) ((Object[]) o)[1]).locate(c) != Location.EXTERIOR) {
                    hit = true;
                    break;
                }
            }
            nanos[i] = System.nanoTime() - start;
            hits += hit ? 1 : 0;
        }
        foundJts = hits;
        return nanos;
    }

    private static String row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(nanos).sum() / 1e9;
        return String.format(Locale.ROOT, "%-42s p50 %6.1f µs  p99 %6.1f µs  max %8.1f µs  total %.2f s (%,.0f points/s)",
                what, sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted[sorted.length - 1] / 1e3, total, nanos.length / total);
    }

    /** 100 × 100 cells over a lattice of (100·4 + 1)² points, the inner ones jittered by up to 30 % of a step. */
    static List<Geometry> grids(Random random) {
        int n = CELLS * STEPS + 1;
        double step = SIZE / (CELLS * STEPS);
        Coordinate[][] lattice = new Coordinate[n][n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                boolean edge = x == 0 || y == 0 || x == n - 1 || y == n - 1;
                double jx = edge ? 0 : (random.nextDouble() - 0.5) * 0.6 * step;
                double jy = edge ? 0 : (random.nextDouble() - 0.5) * 0.6 * step;
                lattice[x][y] = new Coordinate(MIN_LON + x * step + jx, MIN_LAT + y * step + jy);
            }
        }
        List<Geometry> grids = new ArrayList<>();
        for (int cx = 0; cx < CELLS; cx++) {
            for (int cy = 0; cy < CELLS; cy++) {
                List<Coordinate> ring = new ArrayList<>();
                int x0 = cx * STEPS, y0 = cy * STEPS;
                for (int i = 0; i < STEPS; i++) ring.add(lattice[x0 + i][y0]);
                for (int i = 0; i < STEPS; i++) ring.add(lattice[x0 + STEPS][y0 + i]);
                for (int i = 0; i < STEPS; i++) ring.add(lattice[x0 + STEPS - i][y0 + STEPS]);
                for (int i = 0; i < STEPS; i++) ring.add(lattice[x0][y0 + STEPS - i]);
                ring.add(ring.getFirst());
                grids.add(GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new)));
            }
        }
        return grids;
    }
}
