package org.linli.gridwork.visits;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.springframework.stereotype.Component;

/**
 * The grid a place lies in, read from its path: a grid's code is its committee's (12 digits) and a
 * three-digit sequence, and a resident's path runs through it to the building. Grids keep their id
 * and code for good, so each is looked up once per instance.
 */
@Component
class Grids {

    /** A grid: its division id and path. */
    record Grid(long id, String path) {
    }

    private static final int GRID_CODE_LENGTH = 15;
    private static final int COMMITTEE_CODE_LENGTH = 12;

    private final Divisions divisions;
    private final Map<String, Optional<Grid>> byCode = new ConcurrentHashMap<>();

    Grids(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The committee a place lies in (the 12-digit code on its path), for a case asked for at it. */
    Optional<Division> committee(String divisionPath) {
        for (String code : divisionPath.split("/")) {
            if (code.length() == COMMITTEE_CODE_LENGTH) {
                return divisions.findByCode(code);
            }
        }
        return Optional.empty();
    }

    /** A division by id (a grid found by {@link #of}). */
    Optional<Division> division(long id) {
        return divisions.findUnscoped(id);
    }

    /** The grid above a place, or empty when the place lies in no grid (a committee without grids). */
    Optional<Grid> of(String divisionPath) {
        StringBuilder path = new StringBuilder("/");
        for (String code : divisionPath.split("/")) {
            if (code.isEmpty()) {
                continue;
            }
            path.append(code).append('/');
            if (code.length() == GRID_CODE_LENGTH) {
                String gridPath = path.toString();
                return byCode.computeIfAbsent(code, c -> divisions.findByCode(c)
                        .filter(d -> d.level() == Level.GRID && d.path().equals(gridPath))
                        .map((Division d) -> new Grid(d.id(), d.path())));
            }
        }
        return Optional.empty();
    }
}
