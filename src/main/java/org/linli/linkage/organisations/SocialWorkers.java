package org.linli.linkage.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.internal.Page;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The social workers serving each committee, with their certificates and the projects they run. */
@Service
public class SocialWorkers {

    public static final int PAGE = 20;

    private final SocialWorkerStore store;
    private final LinkageCommittees committees;
    private final AuditLog audit;
    private final Clock clock;

    SocialWorkers(SocialWorkerStore store, LinkageCommittees committees, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<SocialWorker> page(CurrentUser user, CertificateLevel level, String q, int page) {
        String l = level == null ? null : level.name();
        String text = q == null || q.isBlank() ? null : q.strip();
        return Page.of(store.page(user.scope(), l, text, Page.offset(page, PAGE), PAGE), store.count(user.scope(), l, text),
                Math.max(0, page), PAGE);
    }

    public List<SocialWorker> ofCommittee(Division committee) {
        return store.ofCommittee(committee.path());
    }

    @Transactional
    public long record(SocialWorkerForm form, CurrentUser user) {
        Division committee = committees.own(user);
        if (form.certifiedYear() > LocalDate.now(clock).getYear()) {
            throw Refusal.ofField("certifiedYear", "linkage.worker.year.future");
        }
        if (store.certificateTaken(form.certificateNo())) {
            throw Refusal.ofField("certificateNo", "linkage.worker.certificate.taken");
        }
        if (form.organisationId() != null && !store.filedOrganisationOf(form.organisationId(), committee.path())) {
            throw Refusal.ofField("organisationId", "linkage.project.partner.unknown");
        }
        long id = store.insert(committee.id(), committee.path(), form, user.username(), OffsetDateTime.now(clock));
        audit.record("LINKAGE_WORKER", "linkage-social-worker-" + id, committee.path(),
                form.name().strip() + "，" + form.level().label() + " " + form.certificateNo().strip());
        return id;
    }
}
