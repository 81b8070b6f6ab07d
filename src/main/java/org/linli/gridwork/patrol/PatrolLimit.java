package org.linli.gridwork.patrol;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every five minutes, ends the patrols left open past their limit (once, on one instance). */
@Component
class PatrolLimit {

    private static final Logger log = LoggerFactory.getLogger(PatrolLimit.class);

    private final Patrols patrols;

    PatrolLimit(Patrols patrols) {
        this.patrols = patrols;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "gridwork-patrol-limit", lockAtMostFor = "PT10M")
    void endForgotten() {
        int ended = patrols.endForgotten();
        if (ended > 0) {
            log.info("{} 次巡查超过时限，已自动结束", ended);
        }
    }
}
