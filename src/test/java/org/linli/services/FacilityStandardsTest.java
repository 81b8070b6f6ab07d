package org.linli.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.division.sizing.Sizing;
import org.linli.services.catalogue.Facilities;
import org.linli.services.catalogue.FacilityForm;
import org.linli.services.standards.FacilityStandards;
import org.linli.services.standards.Shortfall;
import org.linli.services.standards.Standard;
import org.linli.services.standards.StreetCheck;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Facilities with their numbers, kept by the committee and by the street, and the standards of a
 * scope computed from them: a service centre's floor area becomes the committee's service area for
 * the sizing rules; a street's nursing home short of nursing beds is listed with the numbers until
 * it has enough; nobody keeps or sees another place's facilities. (Each rule at its boundary:
 * {@code standards.ChecksTest}.)
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "disclosure")
class FacilityStandardsTest {

    private static final double LAT = 40.7300;
    private static final double LON = 111.6500;

    @Autowired
    DivisionImporter importer;

    @Autowired
    Divisions divisions;

    @Autowired
    Facilities facilities;

    @Autowired
    FacilityStandards standards;

    @Autowired
    Sizing sizing;

    @Autowired
    EventPublicationRegistry events;

    @Autowired
    JdbcClient jdbc;

    Division street;
    Division committee;
    Division otherStreet;
    TestUser worker;
    TestUser officer;
    TestUser otherOfficer;

    @BeforeEach
    void places() {
        RegistryFixtures.signIn("worker");
        committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_STREET_COMMITTEE);
        street = divisions.findByCode(DemoDivisions.STREET).orElseThrow();
        otherStreet = divisions.findByCode("150104002").orElseThrow();
        worker = TestUser.of(1, "worker", "张丽", Role.COMMUNITY_WORKER, committee);
        officer = TestUser.of(2, "street", "李秀英", Role.STREET_STAFF, street);
        otherOfficer = TestUser.of(3, "street2", "王强", Role.STREET_STAFF, otherStreet);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aServiceCentresFloorAreaIsTheCommitteesServiceAreaForTheSizingRules() {
        sizing.recordProfile(committee.id(), 2000, BigDecimal.ZERO);
        long id = facilities.add(committee, sized("SERVICE_CENTRE", "测试党群服务中心", "600.5", "500", null, null), worker);
        Events.settle(events);
        BigDecimal centres = centresOf(committee);
        assertThat(centres).isGreaterThanOrEqualTo(new BigDecimal("600.5"));
        assertThat(serviceArea()).isEqualByComparingTo(centres);
        assertThat(standards.of(new DataScope(committee.path())).committees()).singleElement()
                .satisfies(c -> assertThat(c.serviceAreaM2()).isEqualByComparingTo(centres));

        facilities.retire(id, worker);
        Events.settle(events);
        assertThat(serviceArea()).isEqualByComparingTo(centres.subtract(new BigDecimal("600.5")));
    }

    @Test
    void theStreetsNursingHomeShortOfNursingBedsIsListedWithTheNumbersUntilItHasEnough() {
        String name = "测试敬老院" + System.nanoTime();
        long id = facilities.add(street, sized("NURSING_HOME", name, "2000", null, 100, 29), officer);
        assertThat(nursing(name)).singleElement().satisfies(s -> {
            assertThat(s.placePath()).isEqualTo(street.path());
            assertThat(s.required()).isEqualTo("不低于 30%");
            assertThat(s.actual()).isEqualTo("床位 100 张，护理型 29 张（29.0%）");
            assertThat(s.gap()).isEqualTo("差 1 张");
        });
        StreetCheck row = standards.of(officer.scope()).streets().stream().filter(s -> s.path().equals(street.path())).findFirst()
                .orElseThrow();
        assertThat(row.beds()).isGreaterThanOrEqualTo(100);

        facilities.change(id, sized("NURSING_HOME", name, "2000", null, 100, 30), officer);
        assertThat(nursing(name)).isEmpty();
    }

    @Test
    void noOneKeepsOrSeesAnotherPlacesFacilities() {
        String name = "测试街道中心" + System.nanoTime();
        long id = facilities.add(street, sized("SERVICE_CENTRE", name, "800", "700", null, null), officer);
        // The committee's worker keeps the committee's facilities, not the street's; the street's staff not a committee's.
        assertThatThrownBy(() -> facilities.add(street, sized("DAY_CARE", "日间照料", null, null, 20, null), worker))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("services.keepers-only"));
        assertThatThrownBy(() -> facilities.change(id, sized("SERVICE_CENTRE", name, "800", "700", null, null), worker))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facilities.change(id, sized("SERVICE_CENTRE", name, "800", "700", null, null), otherOfficer))
                .isInstanceOf(NotFoundException.class);
        // The committee sees its own checks only: no street rows, nothing of the street's centre.
        FacilityStandards.Standards own = standards.of(worker.scope());
        assertThat(own.streets()).isEmpty();
        assertThat(own.shortfalls()).allSatisfy(s -> assertThat(s.placePath()).startsWith(committee.path()));
        assertThat(standards.of(otherOfficer.scope()).shortfalls()).allSatisfy(s -> assertThat(s.placePath()).startsWith(otherStreet.path()));
        // The street sees its centre of 800 m² short of 1,000 m².
        assertThat(standards.of(officer.scope()).shortfalls()).filteredOn(s -> s.standard() == Standard.STREET_CENTRE)
                .singleElement().satisfies(s -> assertThat(s.actual()).isEqualTo(centresOf(street).stripTrailingZeros().toPlainString() + " m²"));
        facilities.retire(id, officer);
    }

    @Test
    void aStreetsDayCareCentreCoversTheCommitteesItServes() {
        Division neighbour = DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_COMMITTEE);
        Division elsewhere = divisions.findByCode(DemoDivisions.OTHER_STREET_COMMITTEE).orElseThrow();
        sizing.recordProfile(neighbour.id(), 1200, BigDecimal.ZERO);
        // The neighbour keeps no day-care centre of its own: not covered.
        assertThat(covered(neighbour)).isFalse();
        StreetCheck before = streetRow();

        long id = facilities.add(street, sized("DAY_CARE", "街道日间照料中心" + System.nanoTime(), null, null, 40, null), officer);
        assertThat(facilities.mayServe(facilities.get(id, officer))).extracting(Division::path)
                .contains(committee.path(), neighbour.path()).doesNotContain(elsewhere.path());
        facilities.serve(id, java.util.List.of(neighbour.id()), officer);
        assertThat(covered(neighbour)).isTrue();
        assertThat(streetRow().withDayCare()).isEqualTo(before.withDayCare() + 1);
        assertThat(standards.of(worker.scope()).committees()).singleElement()
                .satisfies(c -> assertThat(c.dayCareServed()).isFalse());

        // Only committees of the street, only by the keeper, only for a day-care centre.
        assertThatThrownBy(() -> facilities.serve(id, java.util.List.of(elsewhere.id()), officer))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).contains("committees");
                    assertThat(r.key()).isEqualTo("services.facility.serves-outside");
                });
        assertThatThrownBy(() -> facilities.serve(id, java.util.List.of(street.id()), officer)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> facilities.serve(id, java.util.List.of(committee.id()), worker)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facilities.serve(id, java.util.List.of(), otherOfficer)).isInstanceOf(NotFoundException.class);
        long home = facilities.add(street, sized("NURSING_HOME", "院" + System.nanoTime(), null, null, 10, 3), officer);
        assertThatThrownBy(() -> facilities.serve(home, java.util.List.of(neighbour.id()), officer))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("services.facility.serves-kind"));
        assertThat(covered(neighbour)).as("a refused change keeps what was saved").isTrue();

        // Retired, the centre covers no one any more.
        facilities.retire(id, officer);
        facilities.retire(home, officer);
        assertThat(covered(neighbour)).isFalse();
    }

    private boolean covered(Division c) {
        return standards.of(officer.scope()).committees().stream().filter(x -> x.path().equals(c.path()))
                .map(org.linli.services.standards.CommitteeCheck::dayCare).findFirst().orElse(false);
    }

    private StreetCheck streetRow() {
        return standards.of(officer.scope()).streets().stream().filter(s -> s.path().equals(street.path())).findFirst().orElseThrow();
    }

    @Test
    void sizesThatCannotBeAreRefusedWithTheFieldAndTheNumbers() {
        assertThatThrownBy(() -> facilities.add(committee, sized("SERVICE_CENTRE", "中心", "300", "300.1", null, null), worker))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).contains("serviceAreaM2");
                    assertThat(r.key()).isEqualTo("services.facility.service-over-floor");
                });
        assertThatThrownBy(() -> facilities.add(committee, sized("SERVICE_CENTRE", "中心", null, "100", null, null), worker))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("services.facility.service-without-floor"));
        assertThatThrownBy(() -> facilities.add(street, sized("NURSING_HOME", "院", null, null, 10, 11), officer))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("nursingPlaces"));
        assertThatThrownBy(() -> facilities.add(street, sized("NURSING_HOME", "院", null, null, null, 5), officer))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("services.facility.nursing-without-places"));
        assertThatThrownBy(() -> facilities.add(committee, sized("DAY_CARE", "日照", null, null, 10, 5), worker))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("services.facility.nursing-kind"));
    }

    private java.util.List<Shortfall> nursing(String name) {
        return standards.of(officer.scope()).shortfalls().stream()
                .filter(s -> s.standard() == Standard.NURSING_BEDS && name.equals(s.facilityName())).toList();
    }

    private BigDecimal serviceArea() {
        return jdbc.sql("SELECT service_area_m2 FROM committee_profile WHERE division_id = :id").param("id", committee.id())
                .query(BigDecimal.class).single();
    }

    private BigDecimal centresOf(Division place) {
        return jdbc.sql("""
                        SELECT coalesce(sum(floor_area_m2), 0) FROM service_facility
                        WHERE committee_path = :p AND kind = 'SERVICE_CENTRE' AND retired_on IS NULL""")
                .param("p", place.path()).query(BigDecimal.class).single();
    }

    private static FacilityForm sized(String kind, String name, String floor, String service, Integer places, Integer nursing) {
        return new FacilityForm(kind, name, null, null, LAT, LON, floor == null ? null : new BigDecimal(floor),
                service == null ? null : new BigDecimal(service), places, nursing);
    }
}
