package org.linli.workforce.payroll;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.linli.shared.DataScope;
import org.linli.workforce.pay.PayReview;
import org.linli.workforce.register.Register;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning every working worker's pay is recomputed, so that an anniversary of service or a
 * pay table coming into force shows in the growth record as a pay change with its reason.
 */
@Service
public class DailyPayReview {

    private final Register register;
    private final PayReview pay;

    DailyPayReview(Register register, PayReview pay) {
        this.register = register;
        this.pay = pay;
    }

    @Scheduled(cron = "0 30 0 * * *", zone = "${linli.zone:Asia/Shanghai}")
    @SchedulerLock(name = "workforce-pay-review", lockAtMostFor = "PT1H")
    public void scheduled() {
        run();
    }

    /** Reviews every worker; returns how many pay changes it recorded. */
    @Transactional
    public int run() {
        return pay.reviewAll(register.all(DataScope.COUNTRY), "system");
    }
}
