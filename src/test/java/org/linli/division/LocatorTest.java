package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.linli.LinliTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Point → place on the demo district's generated map. */
@LinliTest
class LocatorTest {

    @Autowired
    Locator locator;
    @Autowired
    Divisions divisions;

    @Test
    void aBuildingsOwnPointIsPlacedInItsGridAtThatBuilding() {
        Division district = divisions.findByCode("150104").orElseThrow();
        Division building = divisions.search("", new DataScope(district.path()), List.of(Level.BUILDING), 1).getFirst();
        LatLon at = locator.centre(building).orElseThrow();

        Location location = locator.locate(at, new DataScope(district.path()), 50);

        assertThat(location.area().level()).isEqualTo(Level.GRID);
        assertThat(building.path()).startsWith(location.area().path());
        assertThat(location.building()).isEqualTo(building);
        assertThat(location.buildingMetres()).isLessThan(0.01);
        assertThat(location.place()).isEqualTo(building);
    }

    @Test
    void aPointOutsideTheScopeIsRefused() {
        Division street = divisions.findByCode("150104001").orElseThrow();
        Division other = divisions.search("", new DataScope(divisions.findByCode("150104").orElseThrow().path()),
                        List.of(Level.GRID), 10_000).stream()
                .filter(g -> !g.path().startsWith(street.path())).findFirst().orElseThrow();
        LatLon inOther = locator.centre(other).orElseThrow();

        assertThatThrownBy(() -> locator.locate(inOther, new DataScope(street.path()), 50))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("key", "division.point.outside");
        assertThatThrownBy(() -> locator.locate(new LatLon(39.9, 116.4), new DataScope(street.path()), 50))
                .isInstanceOf(Refusal.class);
    }
}
