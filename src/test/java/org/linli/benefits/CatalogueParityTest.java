package org.linli.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.benefits.catalogue.Benefit;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.RuleVersion;
import org.linli.benefits.catalogue.StandardBenefit;
import org.linli.benefits.catalogue.StandardCatalogue;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.ResidentRules;
import org.linli.registry.ResidentRules.ResidentRule;
import org.linli.registry.ResidentTags;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.internal.ResidentChanges;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.linli.testing.BenefitsFixtures;
import org.linli.testing.DemoDivisions;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Parity of the two ways a rule is run, for every rule of the catalogue as a district adopts it:
 * one SQL query over the street ({@code forEachMatch}) and each resident of the street evaluated
 * in memory ({@code evaluate}) find the same residents, over generated households around the
 * rules' boundaries (the rules engine's own parity test runs its own cases).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class CatalogueParityTest {

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

    @Autowired
    Divisions divisions;

    @Autowired
    Enrolment enrolment;

    @Autowired
    ResidentTags tags;

    @Autowired
    ResidentChanges changes;

    @Autowired
    StandardBenefits standard;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ResidentRules rules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void people() {
        RegistryFixtures.signIn("admin");
        BenefitsFixtures.population(importer, places, divisions, enrolment, tags, changes, jdbc, clock.today());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRuleOfTheAdoptedCatalogueFindsTheSameResidentsInSqlAndInMemory() {
        Division district = divisions.findByCode("150104").orElseThrow();
        standard.adopt(district, "admin");
        TestUser admin = TestUser.of(1, "admin", "王建国", Role.DISTRICT_ADMIN, district);
        Division street = divisions.findByCode(DemoDivisions.STREET).orElseThrow();
        LocalDate today = clock.today();
        List<Long> everyone = jdbc.sql("SELECT id FROM resident WHERE division_path LIKE :p || '%' ORDER BY id")
                .param("p", street.path()).query(Long.class).list();
        assertThat(everyone).hasSizeGreaterThan(60);

        for (StandardBenefit b : StandardCatalogue.BENEFITS) {
            Benefit adopted = catalogue.findByCode(StandardBenefits.codeFor(district, b)).orElseThrow();
            RuleVersion seeded = catalogue.inForce(adopted.id(), today).orElseThrow();
            ResidentRule rule = rules.compile(seeded.source(), admin);
            Set<Long> inSql = new HashSet<>();
            rules.forEachMatch(rule, new DataScope(street.path()), today, m -> inSql.add(m.residentId()));
            Set<Long> inMemory = new HashSet<>();
            for (long id : everyone) {
                rules.evaluate(rule, id, today).ifPresent(m -> inMemory.add(m.residentId()));
            }
            assertThat(inSql).as(b.name() + "：" + seeded.source()).isEqualTo(inMemory);
            assertThat(inSql).as(b.name() + " finds someone among the generated residents").isNotEmpty();
        }
    }
}
