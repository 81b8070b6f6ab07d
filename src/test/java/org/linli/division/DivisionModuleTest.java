package org.linli.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.imports.DivisionImporter;
import org.linli.division.sizing.CommitteeSize;
import org.linli.division.sizing.Finding;
import org.linli.division.sizing.Sizing;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.linli.testing.Events;
import org.linli.testing.Faces;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The division module with the audit log, on a database of its own: the hierarchy through its
 * face, places whose codes continue their parent's, refusals by key, and household counts
 * arriving as events into the committees' profiles.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class DivisionModuleTest {

    private static final String COMMITTEE = "/15/1501/150104/150104001/150104001002/";

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Divisions divisions;

    @Autowired
    Sizing sizing;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TransactionTemplate transaction;

    Division building;

    @BeforeEach
    void aBuilding() {
        building = RegistryFixtures.building(importer, places, divisions);
    }

    @Test
    void theFaceIsWhatOtherModulesUse() {
        Set<String> face = Faces.of("org.linli.division");
        // A new public type must be added here, with the module that needs it.
        // PlaceNames: access (an account's division) and casework (a case's place) read places by name.
        // Buildings: the registry's enrolment picker names buildings with their estates ("泰和家园 3号楼").
        // LatLon, Location, Locator, Shapes: casework places a reported point; the demo draws its district.
        // AddressMatcher: casework places an Open311 address_string.
        // TileSource: access allows the configured map tiles' host in the Content-Security-Policy.
        // Coordinates: WGS-84 ⇄ GCJ-02 for whoever sends or draws on AMap/Tencent coordinates (the same as linli-map.js).
        // ServiceAreaMeasured: services reports a committee's service-centre floor area for the sizing rules.
        assertThat(face).isSubsetOf("Division", "Divisions", "Level", "Kind", "Places", "PlaceForm", "HouseholdsCounted",
                        "ServiceAreaMeasured",
                        "PlaceNames", "Buildings", "LatLon", "Location", "Locator", "Shapes", "AddressMatcher", "Coordinates",
                        "TileSource")
                .contains("Division", "Divisions", "HouseholdsCounted");
    }

    @Test
    void placesContinueTheirParentsCodesAndTheTreeAnswersWithinTheScope() {
        assertThat(building.code()).isEqualTo(RegistryFixtures.BUILDING);
        assertThat(building.path()).isEqualTo(COMMITTEE + "150104001002001/150104001002001001/150104001002001001001/");
        DataScope committee = new DataScope(COMMITTEE);
        assertThat(divisions.lineage(building)).extracting(Division::code).containsSubsequence("15", "150104001002", building.code());
        assertThat(divisions.search("1号楼", committee, List.of(Level.BUILDING), 10)).extracting(Division::id).contains(building.id());
        assertThat(divisions.find(building.id(), new DataScope("/15/1501/150104/150104002/"))).isEmpty();
        assertThat(divisions.findByCode("150104001002").orElseThrow().kind()).isEqualTo(Kind.RESIDENTS_COMMITTEE);
    }

    @Test
    void aBuildingWithoutFloorsIsRefusedByKey() {
        Division estate = divisions.get(building.parentId(), DataScope.COUNTRY);
        assertThatThrownBy(() -> places.create(estate.id(), new PlaceForm("2号楼", "", null, 2), DataScope.COUNTRY))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.key()).isEqualTo("division.place.floors.required");
                    assertThat(r.field()).contains("floors");
                });
    }

    @Test
    void householdsCountedBecomeTheCommitteesProfileAndAnOlderCountIsIgnored() {
        Instant now = Instant.now();
        publish(new HouseholdsCounted(COMMITTEE, 4_200, now));
        Events.settle(registry);
        assertThat(profile()).satisfies(size -> {
            assertThat(size.households()).isEqualTo(4_200);
            assertThat(size.findings()).extracting(Finding::verdict).contains(Finding.Verdict.SPLIT);
        });

        publish(new HouseholdsCounted(COMMITTEE, 1_500, now.minus(Duration.ofSeconds(1))));
        Events.settle(registry);
        assertThat(profile().households()).isEqualTo(4_200);

        publish(new HouseholdsCounted(COMMITTEE, 1_500, now.plus(Duration.ofSeconds(1))));
        Events.settle(registry);
        assertThat(profile().households()).isEqualTo(1_500);
    }

    private void publish(HouseholdsCounted counted) {
        transaction.executeWithoutResult(tx -> events.publishEvent(counted));
    }

    private CommitteeSize profile() {
        return sizing.committees(new DataScope(COMMITTEE)).getFirst();
    }
}
