package org.linli.workitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.testing.AdmissionFixtures.COMMITTEE_PATH;
import static org.linli.testing.AdmissionFixtures.DISTRICT_PATH;
import static org.linli.testing.AdmissionFixtures.OTHER_STREET_COMMITTEE_PATH;
import static org.linli.testing.AdmissionFixtures.STREET_PATH;
import static org.linli.testing.AdmissionFixtures.application;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.LinliTest;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.testing.AdmissionFixtures;
import org.linli.testing.Events;
import org.linli.testing.TestClock;
import org.linli.workitems.admission.ReviewDecision;
import org.linli.workitems.admission.Reviewing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The admission's face as other modules use it, and the reviewers' decision. */
@LinliTest
@RecordApplicationEvents
class AdmissionsTest {

    @Autowired
    Admissions admissions;
    @Autowired
    Reviewing reviewing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    ApplicationEvents events;

    AdmissionFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new AdmissionFixtures(jdbc, users);
        today = clock.today();
    }

    @Test
    void anApprovedItemAdmitsItsCommitteesAndIsPublishedAudittedAndToldToTheDepartment() {
        long id = admissions.apply(application("老年人助餐点入户摸底", today, STREET_PATH), fixtures.user("dept"));
        assertThat(admissions.find(id)).get().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AdmissionStatus.PENDING);
            assertThat(a.admits(COMMITTEE_PATH, today)).isFalse();
        });

        reviewing.approve(id, fixtures.user("admin"));

        Admission admitted = admissions.find(id).orElseThrow();
        assertThat(admitted.status()).isEqualTo(AdmissionStatus.ADMITTED);
        assertThat(admitted.admits(COMMITTEE_PATH, today)).isTrue();
        assertThat(admitted.admits(OTHER_STREET_COMMITTEE_PATH, today)).isFalse();
        assertThat(admitted.admits(COMMITTEE_PATH, today.plusYears(2))).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORK_ITEM_DECIDE' AND target = :t")
                .param("t", "work-item-" + id).query(Long.class).single()).isEqualTo(1);
        Events.settle(registry);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE department_id = :d AND text LIKE '%老年人助餐点入户摸底%已准入%'")
                .param("d", admitted.departmentId()).query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(WorkItemDecided.class).toList()).contains(new WorkItemDecided(id, null, AdmissionStatus.ADMITTED, null));
    }

    @Test
    void aRefusalNeedsAReasonAndIsPublishedWithIt() {
        long id = admissions.apply(application("共享单车停放巡查", today, COMMITTEE_PATH), fixtures.user("dept"));
        assertThatThrownBy(() -> reviewing.refuse(id, new ReviewDecision("  "), fixtures.user("admin")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("workitems.reason.required"));
        assertThat(admissions.find(id).orElseThrow().status()).isEqualTo(AdmissionStatus.PENDING);

        reviewing.refuse(id, new ReviewDecision("属于部门自身职责，不应交由社区承担"), fixtures.user("admin"));

        Admission refused = admissions.find(id).orElseThrow();
        assertThat(refused.status()).isEqualTo(AdmissionStatus.REFUSED);
        assertThat(refused.reason()).isEqualTo("属于部门自身职责，不应交由社区承担");
        assertThat(refused.admits(COMMITTEE_PATH, today)).isFalse();
        Events.settle(registry);
        assertThat(events.stream(WorkItemDecided.class).toList()).contains(new WorkItemDecided(id, null, AdmissionStatus.REFUSED, "属于部门自身职责，不应交由社区承担"));
        assertThatThrownBy(() -> reviewing.approve(id, fixtures.user("admin"))).isInstanceOf(Refusal.class);
    }

    @Test
    void onlyTheDistrictsReviewersDecide() {
        long id = admissions.apply(application("垃圾分类督导台账", today, COMMITTEE_PATH), fixtures.user("dept"));
        for (String who : List.of("street", "worker", "dept")) {
            assertThatThrownBy(() -> reviewing.approve(id, fixtures.user(who))).isInstanceOf(NotFoundException.class);
        }
        assertThat(admissions.find(id).orElseThrow().status()).isEqualTo(AdmissionStatus.PENDING);
    }

    @Test
    void workOnTheNegativeListIsRefusedAtOnceCitingTheEntryAndRecordedAsRefused() {
        int number = fixtures.negativeEntry(DISTRICT_PATH, "拆临拆违");
        String title = "背街小巷违法建设摸排拆除";

        assertThatThrownBy(() -> admissions.apply(application(title, today, COMMITTEE_PATH), fixtures.user("dept")))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.key()).isEqualTo("workitems.negative-list");
                    assertThat(r.args()).containsExactly(number, "拆临拆违");
                    assertThat(r.field()).contains("title");
                });

        long id = jdbc.sql("SELECT id FROM work_item WHERE title = :t").param("t", title).query(Long.class).single();
        Admission refused = admissions.find(id).orElseThrow();
        assertThat(refused.status()).isEqualTo(AdmissionStatus.REFUSED);
        assertThat(refused.reason()).contains("负面清单第" + number + "项");
        Events.settle(registry);
        assertThat(events.stream(WorkItemDecided.class).toList()).anyMatch(e -> e.workItemId() == id && e.status() == AdmissionStatus.REFUSED);
    }

    @Test
    void onlyDepartmentsApplyAndOnlyForTheirDistrictsStreetsAndCommittees() {
        assertThatThrownBy(() -> admissions.apply(application("街道自派任务", today, COMMITTEE_PATH), fixtures.user("street")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("workitems.not-department"));
        assertThatThrownBy(() -> admissions.apply(application("跨区任务", today, "/15/1501/150105/"), fixtures.user("dept")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("workitems.targets.outside"));
        assertThatThrownBy(() -> admissions.apply(application("整区任务", today, DISTRICT_PATH), fixtures.user("dept")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("workitems.targets.outside"));
    }
}
