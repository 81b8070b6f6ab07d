package org.linli.workforce.register;

import java.time.Clock;
import java.time.LocalDate;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.workforce.Certificate;
import org.linli.workforce.Worker;
import org.linli.workforce.pay.PayReview;
import org.linli.workforce.pay.PayTable;
import org.linli.workforce.pay.PayTables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new degree or certificate: the grade moves by what the region's pay table says each is worth
 * ([001] 十八: 根据学历层次和社会工作者职业资格证书调整岗位等级), the pay is recomputed, and the
 * change goes into the growth record with its reason.
 */
@Service
public class Qualifications {

    private final Register register;
    private final WorkerStore store;
    private final PayTables tables;
    private final PayReview pay;
    private final AuditLog audit;
    private final Clock clock;

    Qualifications(Register register, WorkerStore store, PayTables tables, PayReview pay, AuditLog audit, Clock clock) {
        this.register = register;
        this.store = store;
        this.tables = tables;
        this.pay = pay;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Worker change(long workerId, QualificationForm form, CurrentUser user) {
        Worker before = register.editable(workerId, user);
        LocalDate today = LocalDate.now(clock);
        checkCertificate(form.certificate(), form.certifiedOn(), today);
        if (form.degree() == before.degree() && form.certificate() == before.certificate()) {
            throw Refusal.of("workforce.qualification.unchanged");
        }
        PayTable table = tables.applying(before.divisionPath(), today)
                .orElseThrow(() -> Refusal.of("workforce.pay-table.none"));
        int grade = table.gradeAfter(before, form.degree(), form.certificate());
        Worker after = before.withQualifications(grade, form.degree(), form.certificate(),
                form.certificate() == Certificate.NONE ? null : form.certifiedOn());
        store.updateQualifications(after);
        String why = reason(before, after);
        audit.record("WORKER_QUALIFICATION", "worker-" + workerId, before.divisionPath(), before.name() + "：" + why);
        pay.review(after, why, user.username());
        return after;
    }

    /** A certificate needs the day it was obtained, not in the future; none needs no day. */
    static void checkCertificate(Certificate certificate, LocalDate on, LocalDate today) {
        if (certificate != Certificate.NONE && on == null) {
            throw Refusal.ofField("certifiedOn", "workforce.qualification.date.required");
        }
        if (on != null && on.isAfter(today)) {
            throw Refusal.ofField("certifiedOn", "workforce.qualification.date.future");
        }
    }

    private static String reason(Worker before, Worker after) {
        StringBuilder s = new StringBuilder();
        if (before.certificate() != after.certificate()) {
            s.append(after.certificate() == Certificate.NONE ? "撤销" + before.certificate().label() + "证书"
                    : "取得" + after.certificate().label() + "证书");
        }
        if (before.degree() != after.degree()) {
            s.append(s.isEmpty() ? "" : "、").append("学历变为").append(after.degree().label());
        }
        return s + (before.grade() == after.grade() ? "，等级不变（" + after.grade() + " 级）"
                : "，由 " + before.grade() + " 级调至 " + after.grade() + " 级");
    }
}
