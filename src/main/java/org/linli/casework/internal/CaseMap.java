package org.linli.casework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.casework.Cases;
import org.linli.casework.stats.Period;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.shared.CurrentUser;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;

/**
 * Cases on a map, as the queue filters them. What the page receives does not grow with the data:
 * when the cases in view are at most {@link #MARKERS}, each is sent (the page clusters them);
 * beyond that the database counts them per cell of a grid of about 64 screen pixels at the view's
 * zoom (one {@code GROUP BY}) and the page draws a number per cell, which a click zooms into. At
 * the deepest zoom a cell cannot be split, so the first {@link #MARKERS} are sent, overdue first,
 * and the answer says there are more. A case without a point of its own is drawn at the centre of
 * its place (the division module's {@link Locator#centres}, one statement for all the places).
 */
@Service
public class CaseMap {

    /** At most this many cases go to the page as markers. */
    public static final int MARKERS = 1000;
    /** The deepest zoom of the tile sources Linli offers. */
    public static final int MAX_ZOOM = 18;
    /** Cells per 256-pixel tile's width: a cell is about 64 pixels. */
    private static final int CELLS_PER_TILE = 4;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The part of the map in view, in WGS-84 degrees. */
    public record Box(double west, double south, double east, double north) {

        public static final Box WORLD = new Box(-180, -90, 180, 90);

        public Box {
            west = Math.clamp(west, -180, 180);
            east = Math.clamp(east, west, 180);
            south = Math.clamp(south, -90, 90);
            north = Math.clamp(north, south, 90);
        }

        /** "west,south,east,north" as Leaflet's {@code toBBoxString()} writes it; anything else is the whole world. */
        public static Box parse(String text) {
            String[] parts = text == null ? new String[0] : text.split(",");
            if (parts.length != 4) {
                return WORLD;
            }
            try {
                double[] v = new double[4];
                for (int i = 0; i < 4; i++) {
                    v[i] = Double.parseDouble(parts[i].strip());
                    if (!Double.isFinite(v[i])) {
                        return WORLD;
                    }
                }
                return new Box(v[0], v[1], v[2], v[3]);
            } catch (NumberFormatException e) {
                return WORLD;
            }
        }

        boolean contains(LatLon p) {
            return p.lon() >= west && p.lon() <= east && p.lat() >= south && p.lat() <= north;
        }

        CaseMapStore.Box forStore() {
            return new CaseMapStore.Box(west, south, east, north);
        }
    }

    /** A case's marker: where, its colour, and what its popup shows. */
    public record Marker(long id, String number, String title, String status, String statusLabel, String colour, String due,
                         boolean overdue, double lat, double lon, boolean atPlace) {
    }

    /** A cell's count, drawn at its cases' mean point; a click zooms to the cell. */
    public record Area(double lat, double lon, long count, long overdue, double west, double south, double east, double north) {
    }

    /**
     * What the page draws: {@code cases} (markers) or {@code areas} (counts per cell); how many
     * cases are in view ({@code more} when not all of them were sent), and how many match but have
     * neither a point nor a place on the map.
     */
    public record Data(String mode, long total, boolean more, long unplaced, List<Marker> cases, List<Area> areas) {
    }

    private final CaseReads reads;
    private final CaseMapStore store;
    private final Locator locator;
    private final Clock clock;

    CaseMap(CaseReads reads, CaseMapStore store, Locator locator, Clock clock) {
        this.reads = reads;
        this.store = store;
        this.locator = locator;
        this.clock = clock;
    }

    public Data data(CurrentUser user, Cases.Filter filter, Period period, Box box, int zoom) {
        CaseReads.Access access = reads.access(user);
        // Words only: a search by phone number is audited per search, and a map asks again on every move.
        CaseReads.Search search = new CaseReads.Search(reads.search(user, filter).words(), null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        CaseMapStore.Box inView = box.forStore();
        List<CaseMapStore.Place> places = store.withoutPoint(access, filter, search, period, now);
        Map<String, LatLon> centres = locator.centres(places.stream().map(CaseMapStore.Place::path).collect(Collectors.toSet()));
        long unplaced = 0;
        long atPlaces = 0;
        List<CaseMapStore.Place> shown = new ArrayList<>();
        for (CaseMapStore.Place p : places) {
            LatLon centre = centres.get(p.path());
            if (centre == null) {
                unplaced += p.count();
            } else if (box.contains(centre)) {
                shown.add(p);
                atPlaces += p.count();
            }
        }
        int z = Math.clamp(zoom, 0, MAX_ZOOM);
        long pointed = store.countInBox(access, filter, search, period, now, inView, MARKERS + 1);
        if (pointed + atPlaces <= MARKERS || z >= MAX_ZOOM) {
            List<Marker> markers = store.markers(access, filter, search, period, now, inView,
                    shown.stream().map(CaseMapStore.Place::divisionId).toList(), MARKERS).stream()
                    .map(m -> marker(m, centres.get(m.path()))).toList();
            long total = pointed + atPlaces;
            return new Data("cases", total, total > markers.size(), unplaced, markers, List.of());
        }
        List<Area> areas = areas(access, filter, search, period, now, box, z, shown, centres);
        return new Data("areas", areas.stream().mapToLong(Area::count).sum(), false, unplaced, List.of(), areas);
    }

    private List<Area> areas(CaseReads.Access access, Cases.Filter filter, CaseReads.Search search, Period period, OffsetDateTime now,
                             Box box, int zoom, List<CaseMapStore.Place> places, Map<String, LatLon> centres) {
        double width = 360.0 / (1L << zoom) / CELLS_PER_TILE;
        // Square on the screen: Web Mercator stretches a degree of latitude by 1 / cos(latitude).
        double height = width * Math.cos(Math.toRadians(Math.clamp((box.south() + box.north()) / 2, -85, 85)));
        Map<List<Long>, long[]> counts = new HashMap<>();
        Map<List<Long>, double[]> sums = new HashMap<>();
        for (CaseMapStore.Cell c : store.cells(access, filter, search, period, now, box.forStore(), width, height)) {
            add(counts, sums, List.of(c.cellX(), c.cellY()), c.count(), c.overdue(), c.lat(), c.lon());
        }
        for (CaseMapStore.Place p : places) {
            LatLon at = centres.get(p.path());
            add(counts, sums, List.of((long) Math.floor(at.lon() / width), (long) Math.floor(at.lat() / height)), p.count(), p.overdue(),
                    at.lat(), at.lon());
        }
        List<Area> areas = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> {
            double[] sum = sums.get(key);
            areas.add(new Area(sum[0] / n[0], sum[1] / n[0], n[0], n[1], key.get(0) * width, key.get(1) * height,
                    (key.get(0) + 1) * width, (key.get(1) + 1) * height));
        });
        return areas;
    }

    private static void add(Map<List<Long>, long[]> counts, Map<List<Long>, double[]> sums, List<Long> key, long count, long overdue,
                            double lat, double lon) {
        long[] n = counts.computeIfAbsent(key, k -> new long[2]);
        n[0] += count;
        n[1] += overdue;
        double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
        sum[0] += lat * count;
        sum[1] += lon * count;
    }

    private static Marker marker(CaseMapStore.Marker m, LatLon centre) {
        boolean own = m.lat() != null && m.lon() != null;
        MapLegend.Entry colour = MapLegend.of(m.status(), m.overdue());
        return new Marker(m.id(), m.number(), m.title(), m.status().name(), m.status().label(), colour.colour(),
                m.due() == null ? "" : DUE.format(Times.local(m.due())), m.overdue(), own ? m.lat() : centre.lat(),
                own ? m.lon() : centre.lon(), !own);
    }
}
