package org.linli.benefits.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.RuleVersion;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A version published for a later day comes into force on it: once a day (and on a day missed
 * while the application was down, at the next run) every benefit whose version in force has not
 * been matched under yet is matched in bulk, each in a transaction of its own.
 */
@Component
public class DueVersions {

    private final Catalogue catalogue;
    private final Matching matching;
    private final Clock clock;

    DueVersions(Catalogue catalogue, Matching matching, Clock clock) {
        this.catalogue = catalogue;
        this.matching = matching;
        this.clock = clock;
    }

    @Scheduled(cron = "0 20 0 * * *", zone = "${linli.zone:Asia/Shanghai}")
    @SchedulerLock(name = "benefits-due-versions", lockAtMostFor = "PT2H")
    public void scheduled() {
        matchDue();
    }

    /** Matches every benefit whose version in force today is not matched yet; returns how many. */
    public int matchDue() {
        List<RuleVersion> due = catalogue.unmatchedInForce(LocalDate.now(clock));
        due.forEach(v -> matching.matchBenefit(v.benefitId()));
        return due.size();
    }
}
