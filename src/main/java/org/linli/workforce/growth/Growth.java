package org.linli.workforce.growth;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.workforce.Worker;
import org.linli.workforce.register.Register;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's growth record ([004] 二十二: 动态反映人员培训、考核、薪酬、奖惩情况): courses attended,
 * yearly appraisals and rewards, entered by the street or the district; pay changes come from
 * {@link org.linli.workforce.pay.PayReview}.
 */
@Service
public class Growth {

    private final Register register;
    private final TrainingStore training;
    private final GrowthStore store;
    private final AuditLog audit;
    private final Clock clock;

    Growth(Register register, TrainingStore training, GrowthStore store, AuditLog audit, Clock clock) {
        this.register = register;
        this.training = training;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Training> training(Worker w) {
        return training.ofWorker(w.id());
    }

    public List<Appraisal> appraisals(Worker w) {
        return store.appraisals(w.id());
    }

    public List<Reward> rewards(Worker w) {
        return store.rewards(w.id());
    }

    @Transactional
    public long attend(long workerId, TrainingForm form, CurrentUser user) {
        Worker w = register.editable(workerId, user);
        notFuture("heldOn", form.heldOn());
        long id = training.insert(w.id(), form, user.username(), OffsetDateTime.now(clock));
        audit.record("WORKER_TRAINING", "worker-" + w.id(), w.divisionPath(), w.name() + "：" + form.title() + "（" + form.hours() + " 学时）");
        return id;
    }

    @Transactional
    public void appraise(long workerId, AppraisalForm form, CurrentUser user) {
        Worker w = register.editable(workerId, user);
        if (form.year() > LocalDate.now(clock).getYear()) {
            throw Refusal.ofField("year", "workforce.appraisal.year.future");
        }
        store.appraise(w.id(), form, user.username(), OffsetDateTime.now(clock));
        audit.record("WORKER_APPRAISAL", "worker-" + w.id(), w.divisionPath(), w.name() + "：" + form.year() + " 年度" + form.result().label());
    }

    @Transactional
    public long reward(long workerId, RewardForm form, CurrentUser user) {
        Worker w = register.editable(workerId, user);
        notFuture("awardedOn", form.awardedOn());
        long id = store.reward(w.id(), form, user.username(), OffsetDateTime.now(clock));
        audit.record("WORKER_REWARD", "worker-" + w.id(), w.divisionPath(), w.name() + "：" + form.title());
        return id;
    }

    private void notFuture(String field, LocalDate day) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw Refusal.ofField(field, "workforce.date.future");
        }
    }
}
