package org.linli.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.Shapes;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.ResidentTags;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.internal.ResidentChanges;
import org.linli.services.catalogue.Facilities;
import org.linli.services.catalogue.FacilityForm;
import org.linli.services.catalogue.FacilityKind;
import org.linli.services.circle.LifeCircle;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.testing.BenefitsFixtures;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Faces;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.ServicesFixtures;
import org.linli.testing.ServicesFixtures.Planned;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The 15-minute life circle on a small map of the module's own, where the answer is known: a
 * clinic at the origin, buildings 100 m, exactly 1,000 m (the rule's distance) and 1,001 m north
 * of it, a canteen 200 m beyond the middle one, no market at all; a building of another committee counts
 * for that committee only.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "disclosure")
class LifeCircleTest {

    private static final double LAT0 = 40.7300;
    private static final double LON0 = 111.6500;

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Shapes shapes;

    @Autowired
    Divisions divisions;

    @Autowired
    Enrolment enrolment;

    @Autowired
    ResidentTags tags;

    @Autowired
    ResidentChanges changes;

    @Autowired
    Facilities facilities;

    @Autowired
    LifeCircle circle;

    @Autowired
    JdbcClient jdbc;

    Division committee;
    Division other;
    TestUser worker;

    @BeforeEach
    void aSmallMap() {
        RegistryFixtures.signIn("worker");
        committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        other = DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_COMMITTEE);
        worker = TestUser.of(1, "worker", "张丽", Role.COMMUNITY_WORKER, committee);
        TestUser street = TestUser.of(2, "street", "李秀英", Role.STREET_STAFF, divisions.findByCode(DemoDivisions.STREET).orElseThrow());
        var registry = new BenefitsFixtures.Registry(enrolment, tags, changes, null, street);
        ServicesFixtures.smallMap(places, shapes, divisions, registry, DemoDivisions.COMMITTEE, "901", LAT0, LON0, List.of(
                new Planned("近楼", 100, 2), new Planned("千米楼", 1000, 3), new Planned("远楼", 1001, 1)));
        ServicesFixtures.smallMap(places, shapes, divisions, registry, DemoDivisions.OTHER_COMMITTEE, "901", LAT0, LON0, List.of(
                new Planned("邻社区楼", 500, 4)));
        // Other tests of the module keep facilities of this committee too; this map's two are made once.
        if (facilities.of(committee, true).stream().noneMatch(f -> f.name().equals("测试卫生服务站"))) {
            facilities.add(committee, new FacilityForm("CLINIC", "测试卫生服务站", null, null, LAT0, LON0), worker);
            facilities.add(committee, new FacilityForm("CANTEEN", "测试老年食堂", null, null, ServicesFixtures.north(LAT0, 1200), LON0), worker);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFaceIsTheDemosLoader() {
        assertThat(Faces.of("org.linli.services")).containsExactly("ServicesLoader");
    }

    @Test
    void aHouseholdExactlyAtTheWalkIsWithinItAndOneMetreFurtherIsNot() {
        LifeCircle.Circle shown = circle.of(List.of(committee), committee.path());
        LifeCircle.Row row = shown.rows().getFirst();
        assertThat(row.households()).isEqualTo(6);
        assertThat(row.buildings()).isEqualTo(3);
        assertThat(row.walkMetres()).isEqualTo(1000);
        assertThat(row.coveredOf(FacilityKind.CLINIC)).isEqualTo(5);
        assertThat(row.shareOf(FacilityKind.CLINIC)).isEqualTo(83.3);
        // the canteen stands 1,200 m north: 200 m from 千米楼, 199 m from 远楼, 1,100 m from 近楼
        assertThat(row.coveredOf(FacilityKind.CANTEEN)).isEqualTo(4);
        assertThat(row.coveredOf(FacilityKind.MARKET)).isZero();

        LifeCircle.Gap clinic = gap(shown, FacilityKind.CLINIC);
        assertThat(clinic.uncovered()).isEqualTo(1);
        assertThat(clinic.buildingPaths()).singleElement().satisfies(p -> assertThat(p).endsWith("003/"));
        LifeCircle.Gap market = gap(shown, FacilityKind.MARKET);
        assertThat(market.uncovered()).isEqualTo(6);
        assertThat(market.share()).isZero();
        assertThat(market.buildingPaths()).hasSize(3).first().satisfies(p -> assertThat(p).endsWith("002/"));
        assertThat(shown.gaps().getFirst().share()).isZero();
    }

    @Test
    void eachCommitteeCountsItsOwnHouseholdsAgainstEveryFacilityNearby() {
        LifeCircle.Circle street = circle.of(List.of(committee, other), divisions.findByCode(DemoDivisions.STREET).orElseThrow().path());
        LifeCircle.Row neighbour = street.rows().get(1);
        assertThat(neighbour.committee().code()).isEqualTo(DemoDivisions.OTHER_COMMITTEE);
        assertThat(neighbour.households()).isEqualTo(4);
        assertThat(neighbour.coveredOf(FacilityKind.CLINIC)).isEqualTo(4);
        assertThat(neighbour.coveredOf(FacilityKind.CANTEEN)).isEqualTo(4);
        assertThat(street.households()).isEqualTo(10);
        assertThat(street.shareOf(FacilityKind.CLINIC)).isEqualTo(90.0);
    }

    @Test
    void aFacilityIsKeptByTheCommitteesWorkerWithAPointInChina() {
        TestUser street = TestUser.of(2, "street", "李秀英", Role.STREET_STAFF, divisions.findByCode(DemoDivisions.STREET).orElseThrow());
        assertThatThrownBy(() -> facilities.add(committee, new FacilityForm("MARKET", "菜市场", null, null, LAT0, LON0), street))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("services.keepers-only"));
        assertThatThrownBy(() -> facilities.add(committee, new FacilityForm("MARKET", "菜市场", null, null, 51.5, -0.12), worker))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("latitude"));
        assertThatThrownBy(() -> facilities.add(committee, new FacilityForm("PARK", "公园", null, null, LAT0, LON0), worker))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("kind"));
    }

    private static LifeCircle.Gap gap(LifeCircle.Circle shown, FacilityKind kind) {
        return shown.gaps().stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
    }
}
