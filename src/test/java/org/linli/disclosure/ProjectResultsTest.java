package org.linli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.imports.DivisionImporter;
import org.linli.linkage.ProjectFinished;
import org.linli.testing.DemoDivisions;
import org.linli.testing.Events;
import org.linli.testing.ModuleTest;
import org.linli.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/** A finished community project's result goes on its committee's board under major matters, once however often it is heard. */
@ModuleTest(extraIncludes = {"division", "audit", "rules"})
class ProjectResultsTest {

    @Autowired
    Disclosures disclosures;
    @Autowired
    Divisions divisions;
    @Autowired
    DivisionImporter importer;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aFinishedProjectIsPostedOnceUnderMajorMatters() {
        Division committee = DemoDivisions.load(importer, divisions, DemoDivisions.COMMITTEE);
        LocalDate today = clock.today();
        ProjectFinished finished = new ProjectFinished(7001, committee.id(), committee.path(), "长者助餐服务",
                "三个月供餐 1,560 人次，老人满意率 97%。", today, "worker");
        transaction.executeWithoutResult(tx -> events.publishEvent(finished));
        Events.settle(registry);
        transaction.executeWithoutResult(tx -> events.publishEvent(finished));
        Events.settle(registry);

        var posted = disclosures.onDisplay(committee, today).stream().filter(p -> p.title().equals("项目成效：长者助餐服务")).toList();
        assertThat(posted).hasSize(1);
        assertThat(posted.getFirst().body()).contains("供餐 1,560 人次").contains(today.toString());
        assertThat(posted.getFirst().topicId()).isNull();
        assertThat(disclosures.catalogue(committee).stream().filter(i -> i.id() == posted.getFirst().itemId()).findFirst().orElseThrow()
                .kind()).isEqualTo(Kind.MAJOR);
    }
}
