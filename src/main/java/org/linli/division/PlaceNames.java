package org.linli.division;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;

/**
 * Places by their names, not their codes (issue #12): the picker's search within a scope, the
 * reading of what someone typed (a code, a name, or a path of names) as one place, and the names
 * along a place's path ("新华街道 / 泰和社区 / 泰和家园") for pages that showed codes or paths.
 */
@Service
public class PlaceNames {

    /** The levels a case or a resident's account may be placed at. */
    public static final List<Level> BELOW_STREET = List.of(Level.COMMITTEE, Level.GRID, Level.ESTATE, Level.BUILDING);

    private static final int CHOICES = 6;

    private final PlaceNameStore store;
    private final DivisionStore divisions;

    PlaceNames(PlaceNameStore store, DivisionStore divisions) {
        this.store = store;
        this.divisions = divisions;
    }

    /** A place as a picker offers it: what is stored (the code) and what is shown (the names along its path). */
    public record Place(long id, String code, String name, Level level, String levelLabel, String label) {
    }

    /** Places in scope whose name contains the text, with the children of those (an estate's buildings). */
    public List<Place> search(String text, DataScope scope, List<Level> levels, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || levels.isEmpty()) {
            return List.of();
        }
        return places(store.containing(query, scope, levels, limit));
    }

    /**
     * The one place in scope, of one of the levels, that the text names: its code, its exact name,
     * or its name after the names of places above it ("泰和家园 3号楼", "泰和社区 / 泰和家园").
     * Several such places are refused on {@code field} with the choices; a name that is no place's
     * is refused with the places whose names contain it, if any; nothing at all is empty.
     */
    public Optional<Division> resolve(String text, DataScope scope, List<Level> levels, String field) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Division> byCode = divisions.findByCode(typed)
                .filter(d -> scope.covers(d.path()) && levels.contains(d.level()));
        if (byCode.isPresent()) {
            return byCode;
        }
        List<String> parts = Arrays.stream(typed.split(typed.contains("/") ? "/" : "\\s+"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<String> above = parts.subList(0, parts.size() - 1);
        List<Place> found = places(store.named(parts.getLast(), scope, levels, 50)).stream()
                .filter(p -> above.stream().allMatch(a -> p.label().contains(a))).toList();
        if (found.size() == 1) {
            return divisions.findByCode(found.getFirst().code());
        }
        if (found.size() > 1) {
            throw Refusal.ofField(field, "division.place.ambiguous", typed, choices(found));
        }
        List<Place> like = search(parts.getLast(), scope, levels, CHOICES);
        if (!like.isEmpty()) {
            throw Refusal.ofField(field, "division.place.suggest", typed, choices(like));
        }
        return Optional.empty();
    }

    /** The names along each path ("新华街道 / 泰和社区"), one query for them all; keyed by path. */
    public Map<String, String> labels(Collection<String> paths) {
        if (paths.isEmpty()) {
            return Map.of();
        }
        Map<String, Division> byCode = store.along(paths).stream()
                .collect(Collectors.toMap(Division::code, Function.identity(), (a, b) -> a));
        Map<String, String> labels = new HashMap<>();
        for (String path : paths) {
            labels.put(path, label(path, byCode));
        }
        return labels;
    }

    /** The names along one place's path, for a form that shows what was stored. */
    public Optional<String> label(String code, DataScope scope) {
        return divisions.findByCode(code == null ? "" : code.strip()).filter(d -> scope.covers(d.path()))
                .map(d -> labels(List.of(d.path())).get(d.path()));
    }

    /**
     * What a form's place field shows for what it holds: the names along the path of a code in the
     * scope ({@code scopePath}, every page's model has it), or the text as typed.
     */
    public String shown(String typed, String scopePath) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return label(typed, new DataScope(scopePath == null ? "/" : scopePath)).orElse(typed);
    }

    private List<Place> places(List<Division> found) {
        Map<String, String> labels = labels(found.stream().map(Division::path).distinct().toList());
        return found.stream().map(d -> new Place(d.id(), d.code(), d.name(), d.level(), d.levelLabel(), labels.get(d.path())))
                .toList();
    }

    /**
     * From the street down (the district is the same for everyone); grids are left out of the names
     * of estates and buildings, which people name by their committee, not by their grid.
     */
    static String label(String path, Map<String, Division> byCode) {
        List<Division> nodes = Arrays.stream(path.split("/")).filter(c -> !c.isEmpty()).map(byCode::get)
                .filter(java.util.Objects::nonNull).toList();
        if (nodes.isEmpty()) {
            return path;
        }
        Division last = nodes.getLast();
        List<String> names = new ArrayList<>();
        for (Division d : nodes) {
            boolean shown = d.level().ordinal() >= Level.STREET.ordinal()
                    && !(d.level() == Level.GRID && d != last);
            if (shown) {
                names.add(d.name());
            }
        }
        return names.isEmpty() ? last.name() : String.join(" / ", names);
    }

    private static String choices(List<Place> places) {
        Map<String, Place> distinct = new LinkedHashMap<>();
        places.stream().limit(CHOICES).forEach(p -> distinct.putIfAbsent(p.label(), p));
        return String.join("；", distinct.keySet());
    }
}
