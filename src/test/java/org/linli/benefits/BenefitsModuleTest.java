package org.linli.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.benefits.catalogue.Benefit;
import org.linli.benefits.catalogue.BenefitKind;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.CatalogueEditing;
import org.linli.benefits.catalogue.NewBenefit;
import org.linli.benefits.catalogue.Publication;
import org.linli.benefits.catalogue.RuleDraft;
import org.linli.benefits.catalogue.RuleVersion;
import org.linli.benefits.catalogue.StandardCatalogue;
import org.linli.benefits.matching.DueVersions;
import org.linli.benefits.matching.Matching;
import org.linli.benefits.matching.Preview;
import org.linli.benefits.matching.Publishing;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Places;
import org.linli.division.imports.DivisionImporter;
import org.linli.registry.ResidentTags;
import org.linli.registry.imports.Enrolment;
import org.linli.registry.internal.ResidentChanges;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.testing.BenefitsFixtures;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Faces;
import org.linli.testing.ModuleTest;
import org.linli.testing.RegistryFixtures;
import org.linli.testing.TestClock;
import org.linli.testing.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The catalogue and its rule versions on a database of the module's own: the standard catalogue
 * adopted by a district, drafts, previews and publishing by the region's administrators only, the
 * version in force on a day, and bulk matching when a version comes into force.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class BenefitsModuleTest {

    @Autowired
    DivisionImporter importer;

    @Autowired
    Places places;

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
    CatalogueEditing editing;

    @Autowired
    Publishing publishing;

    @Autowired
    Preview preview;

    @Autowired
    Matching matching;

    @Autowired
    DueVersions due;

    @Autowired
    Divisions divisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    Division district;
    TestUser admin;

    @BeforeEach
    void aDistrictWithResidents() {
        RegistryFixtures.signIn("admin");
        BenefitsFixtures.population(importer, places, divisions, enrolment, tags, changes, jdbc, clock.today());
        district = divisions.findByCode("150104").orElseThrow();
        admin = TestUser.of(1, "admin", "王建国", Role.DISTRICT_ADMIN, district);
        standard.adopt(district, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFaceIsWhatOtherModulesUse() {
        assertThat(Faces.of("org.linli.benefits")).containsExactly("StandardBenefits");
    }

    @Test
    void aDistrictAdoptsTheStandardCatalogueOnceEachRulePublishedAsVersionOne() {
        assertThat(standard.adopt(district, "admin")).isZero();
        var listed = catalogue.list(admin);
        assertThat(listed).extracting(e -> e.benefit().code())
                .containsAll(StandardCatalogue.BENEFITS.stream().map(b -> "150104-" + b.code()).toList());
        assertThat(listed).filteredOn(e -> e.benefit().code().startsWith("150104-"))
                .allSatisfy(e -> {
                    assertThat(e.version()).isEqualTo(1);
                    assertThat(e.effectiveFrom()).isEqualTo(clock.today().withDayOfYear(1));
                });
        Benefit aged = catalogue.findByCode("150104-AGED-80").orElseThrow();
        assertThat(aged.basis()).contains("老年人权益保障法");
        assertThat(aged.authority()).isEqualTo("区民政局");
        assertThat(catalogue.versions(aged.id())).singleElement().satisfies(v -> {
            assertThat(v.source()).isEqualTo("registration == \"LOCAL\" && age >= 80 && age < 90");
            assertThat(v.matchedAt()).isNotNull();
        });
    }

    @Test
    void aDraftIsPreviewedPerCommitteeAndPublishingStoresWhatThePreviewCounted() {
        Benefit benefit = newBenefit("PREVIEW-60", "age >= 60 && registration == \"LOCAL\"");
        Preview.Result shown = preview.ofDraft(benefit.id(), admin).orElseThrow();
        assertThat(shown.publishedTotal()).isNull();
        assertThat(shown.draftTotal()).isPositive();
        assertThat(shown.rows()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(shown.sample()).isNotEmpty().hasSizeLessThanOrEqualTo(Preview.SAMPLE)
                .allSatisfy(s -> {
                    assertThat(s.name()).contains("*");
                    assertThat(s.idMasked()).contains("***********");
                    assertThat(s.age()).isGreaterThanOrEqualTo(60);
                });
        Map<String, Long> previewed = shown.rows().stream().filter(r -> r.draft() > 0)
                .collect(Collectors.toMap(Preview.Row::committeePath, Preview.Row::draft));

        RuleVersion published = publishing.publish(benefit.id(), new Publication(1, clock.today()), admin);

        assertThat(published.version()).isEqualTo(1);
        assertThat(matching.openByCommittee(benefit.id(), new DataScope(district.path()))).isEqualTo(previewed);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'BENEFIT_RULE_PUBLISH' AND target = :t")
                .param("t", benefit.name()).query(Long.class).single()).isEqualTo(1);

        // the next draft is previewed beside the version in force
        editing.saveDraft(benefit.id(), new RuleDraft("age >= 70 && registration == \"LOCAL\""), admin);
        Preview.Result next = preview.ofDraft(benefit.id(), admin).orElseThrow();
        assertThat(next.publishedTotal()).isEqualTo(shown.draftTotal());
        assertThat(next.draftTotal()).isLessThanOrEqualTo(shown.draftTotal());
    }

    @Test
    void theVersionInForceIsTheLatestPublishedWhoseDayHasComeAndTheDailyJobMatchesIt() {
        Benefit benefit = newBenefit("VERSIONS", "age >= 60");
        publishing.publish(benefit.id(), new Publication(1, clock.today()), admin);
        Map<Long, Integer> before = openVersions(benefit);
        assertThat(before).isNotEmpty().containsValue(1);

        editing.saveDraft(benefit.id(), new RuleDraft("age >= 60 && registration == \"LOCAL\""), admin);
        LocalDate tomorrow = clock.today().plusDays(1);
        publishing.publish(benefit.id(), new Publication(2, tomorrow), admin);
        assertThat(catalogue.inForce(benefit.id(), clock.today())).map(RuleVersion::version).contains(1);
        assertThat(catalogue.inForce(benefit.id(), tomorrow)).map(RuleVersion::version).contains(2);
        assertThat(openVersions(benefit)).isEqualTo(before);

        clock.advance(Duration.ofDays(1));
        assertThat(due.matchDue()).isGreaterThanOrEqualTo(1);
        Map<Long, Integer> after = openVersions(benefit);
        // those found under version 1 who still match keep it; the others are closed
        assertThat(after).isNotEmpty().allSatisfy((resident, version) -> assertThat(version).isEqualTo(1));
        assertThat(before.keySet()).containsAll(after.keySet());
        long closed = jdbc.sql("SELECT count(*) FROM benefit_match WHERE benefit_id = :b AND closed_why = 'NO_LONGER_MATCHES'")
                .param("b", benefit.id()).query(Long.class).single();
        assertThat(closed).isEqualTo(before.size() - after.size()).isPositive();
        assertThat(due.matchDue()).isZero();
    }

    @Test
    void publishingIsRefusedInThePastToOthersAndOutsideTheRegion() {
        Benefit benefit = newBenefit("REFUSALS", "age >= 60");
        assertThatThrownBy(() -> publishing.publish(benefit.id(), new Publication(1, clock.today().minusDays(1)), admin))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.key()).isEqualTo("benefits.rule.effective-from.past");
                    assertThat(r.field()).contains("effectiveFrom");
                });
        Division street = divisions.findByCode(DemoDivisions.STREET).orElseThrow();
        TestUser streetStaff = TestUser.of(2, "street", "李秀英", Role.STREET_STAFF, street);
        assertThat(catalogue.get(benefit.id(), streetStaff).id()).isEqualTo(benefit.id());
        assertThatThrownBy(() -> publishing.publish(benefit.id(), new Publication(1, clock.today()), streetStaff))
                .isInstanceOf(NotFoundException.class);
        TestUser streetAdmin = TestUser.of(3, "admin2", "区外", Role.DISTRICT_ADMIN, street);
        assertThatThrownBy(() -> publishing.publish(benefit.id(), new Publication(1, clock.today()), streetAdmin))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> editing.saveDraft(benefit.id(), new RuleDraft("age >= 1"), streetAdmin))
                .isInstanceOf(NotFoundException.class);
        assertThat(catalogue.inForce(benefit.id(), clock.today())).isEmpty();
    }

    @Test
    void aBadRuleIsRefusedOnItsFieldWithItsPosition() {
        Benefit benefit = newBenefit("BAD-RULE", "age >= 60");
        assertThatThrownBy(() -> editing.saveDraft(benefit.id(), new RuleDraft("age >= 60 &&\n  tgas.size() > 0"), admin))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).contains("rule");
                    assertThat(List.of(r.args()).toString()).contains("2");
                });
        assertThat(catalogue.draft(benefit.id())).map(RuleVersion::source).contains("age >= 60");
    }

    private Benefit newBenefit(String code, String rule) {
        return editing.add(new NewBenefit(code, "测试政策 " + code, BenefitKind.ALLOWANCE, "", "", "", rule), admin);
    }

    private Map<Long, Integer> openVersions(Benefit benefit) {
        return jdbc.sql("SELECT resident_id, rule_version FROM benefit_match WHERE benefit_id = :b AND closed_at IS NULL")
                .param("b", benefit.id()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
