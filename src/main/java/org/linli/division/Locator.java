package org.linli.division;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.linli.division.geo.AreaIndex;
import org.linli.division.geo.ShapeStore;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;

/**
 * Point → place. Areas and building points are looked up in an in-memory index that is rebuilt
 * when the shapes' version in the database moves (one indexed read per question), so every
 * instance answers from the shapes as they are now.
 */
@Service
public class Locator {

    private final ShapeStore store;
    private final Divisions divisions;
    private volatile Built built = new Built(-1, null);

    private record Built(long version, AreaIndex index) {
    }

    Locator(ShapeStore store, Divisions divisions) {
        this.store = store;
        this.divisions = divisions;
    }

    /**
     * The area of the scope whose boundary covers the point, and the nearest building of that
     * area within {@code buildingMetres}. Refused when no boundary of the scope covers it.
     */
    public Location locate(LatLon point, DataScope scope, double buildingMetres) {
        AreaIndex index = index();
        if (index.areaCount() == 0) {
            throw Refusal.of("division.point.no-map");
        }
        AreaIndex.Area area = index.deepestCovering(point, scope::covers)
                .orElseThrow(() -> Refusal.of("division.point.outside", point.lat(), point.lon()));
        Division place = divisions.findUnscoped(area.divisionId()).orElseThrow();
        Optional<AreaIndex.Spot> spot = index.nearestBuilding(point, buildingMetres, area.path());
        return new Location(point, place, spot.flatMap(s -> divisions.findUnscoped(s.divisionId())).orElse(null),
                spot.map(s -> s.point().metresTo(point)).orElse(null));
    }

    /** The place's own point or the centre of its boundary, else that of its nearest ancestor with one. */
    public Optional<LatLon> centre(Division place) {
        List<String> paths = lineage(place.path());
        return paths.isEmpty() ? Optional.empty() : store.centreOfDeepest(paths);
    }

    /**
     * {@link #centre} for many places at once, by path (one statement for a whole map): each
     * path's own point or centre, else that of its nearest ancestor with one; paths with neither
     * are left out.
     */
    public Map<String, LatLon> centres(Collection<String> paths) {
        Set<String> wanted = new HashSet<>();
        paths.forEach(p -> wanted.addAll(lineage(p)));
        Map<String, LatLon> known = store.centres(wanted);
        Map<String, LatLon> centres = new HashMap<>();
        for (String path : paths) {
            List<String> up = lineage(path);
            for (int i = up.size() - 1; i >= 0; i--) {
                LatLon c = known.get(up.get(i));
                if (c != null) {
                    centres.put(path, c);
                    break;
                }
            }
        }
        return centres;
    }

    /** A path and its ancestors' paths, the root's first. */
    private static List<String> lineage(String path) {
        List<String> paths = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        return paths;
    }

    /** The index for the shapes' current version, built by the first caller to see a new one. */
    AreaIndex index() {
        long version = store.version();
        Built now = built;
        if (now.version() != version) {
            synchronized (this) {
                if (built.version() != version) {
                    built = new Built(version, new AreaIndex(store.areas(), store.buildings()));
                }
                now = built;
            }
        }
        return now.index();
    }
}
