package org.linli.casework.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.linli.casework.CaseView;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.Location;
import org.linli.division.Shapes;
import org.linli.shared.DataScope;
import org.springframework.stereotype.Component;

/**
 * Points as the pages show them (issue #13): where a point on a form falls before it is submitted,
 * and a case's reported point with the place it was placed in. Names only, never people.
 */
@Component
class CaseLocations {

    /** Where a point falls: its area (a grid, else a committee or street) and the nearest building, if one is near. */
    record Found(double lat, double lon, String areaCode, String areaLevel, String areaLabel, String buildingCode,
                 String buildingLabel, Long metres) {
    }

    /** A case's point, the names of the place it was placed in, its grid and that area's boundary as GeoJSON. */
    record Shown(BigDecimal latitude, BigDecimal longitude, String placeLabel, String gridCode, String shapes) {
    }

    private static final List<Level> AREAS = List.of(Level.STREET, Level.COMMITTEE, Level.GRID);

    private final Divisions divisions;
    private final Shapes shapes;

    CaseLocations(Divisions divisions, Shapes shapes) {
        this.divisions = divisions;
        this.shapes = shapes;
    }

    Found found(Location location) {
        Division building = location.building();
        return new Found(location.point().lat(), location.point().lon(), location.area().code(), location.area().level().name(),
                names(location.area(), Level.STREET), building == null ? null : building.code(),
                building == null ? null : names(building, Level.ESTATE),
                location.buildingMetres() == null ? null : Math.round(location.buildingMetres()));
    }

    /** The case's point, if it was reported at one, with the area it lies in drawn around it. */
    Optional<Shown> shown(CaseView c) {
        if (c.latitude() == null || c.longitude() == null) {
            return Optional.empty();
        }
        List<Division> lineage = divisions.byCodes(List.of(c.divisionCode())).stream().findFirst()
                .map(divisions::lineage).orElse(List.of());
        String label = lineage.stream().filter(d -> d.level().ordinal() >= Level.COMMITTEE.ordinal()).map(Division::name)
                .collect(Collectors.joining(" / "));
        String grid = lineage.stream().filter(d -> d.level() == Level.GRID).map(Division::code).findFirst().orElse(null);
        // The boundary of the deepest area above the place; whoever reads the case may see its area's outline.
        String outline = lineage.reversed().stream().filter(d -> AREAS.contains(d.level())).findFirst()
                .map(area -> shapes.features(area, new DataScope(area.path()), Shapes.Reach.AREAS_BELOW)).orElse(null);
        return Optional.of(new Shown(c.latitude(), c.longitude(), label.isEmpty() ? c.divisionName() : label, grid, outline));
    }

    /** The names from {@code from} down to the place ("五塔北街社区 / 第1网格", "锦绣小区 / 3号楼"). */
    private String names(Division place, Level from) {
        return divisions.lineage(place).stream().filter(d -> d.level().ordinal() >= from.ordinal()).map(Division::name)
                .collect(Collectors.joining(" / "));
    }
}
