package org.linli.registry.rules;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.PlaceForm;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.linli.testing.DemoDivisions;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules tests' world, made once per database: a building in each of two committees of one
 * street, generated residents in both, a district administrator and a grid worker of the first.
 */
record TwoCommittees(Division own, Division ownBuilding, Division other, Division otherBuilding, TestUser admin,
                     TestUser gridWorker) {

    /**
     * A property that gives the rules tests a context and database apart from the registry's other
     * module tests: the generated births around 28 February and 1 March would otherwise be among
     * the birthdays those tests count.
     */
    static final String OWN_DATABASE = "linli.test.database=registry-rules";

    static TwoCommittees load(JdbcClient jdbc, DivisionImporter importer, Places places, Divisions divisions) {
        RegistryFixtures.signIn("admin");
        Division building = RegistryFixtures.building(importer, places, divisions);
        Division own = divisions.findByCode(DemoDivisions.COMMITTEE).orElseThrow();
        Division other = DemoDivisions.load(importer, divisions, DemoDivisions.OTHER_COMMITTEE);
        Division otherBuilding = divisions.findByCode(other.code() + "001001001").orElseGet(() -> {
            Division grid = places.create(other.id(), new PlaceForm("第1网格", "", null, null), DataScope.COUNTRY);
            Division estate = places.create(grid.id(), new PlaceForm("幸福小区", "", null, null), DataScope.COUNTRY);
            return places.create(estate.id(), new PlaceForm("2号楼", "", 6, 1), DataScope.COUNTRY);
        });
        // the database is shared with the registry's other module tests, which enrol people of their own
        if (jdbc.sql("SELECT count(*) FROM resident WHERE name LIKE :generated || '%'").param("generated", Population.NAME)
                .query(Long.class).single() == 0) {
            Population population = new Population(jdbc, 14);
            population.generate(building.id(), building.path(), 110);
            population.generate(otherBuilding.id(), otherBuilding.path(), 50);
        }
        TestUser admin = TestUser.of(1, "admin", "管理员", Role.DISTRICT_ADMIN, divisions.findByCode("150104").orElseThrow());
        TestUser gridWorker = TestUser.of(2, "grid", "网格员", Role.GRID_WORKER, own);
        return new TwoCommittees(own, building, other, otherBuilding, admin, gridWorker);
    }
}
