package org.linli.linkage.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.linkage.ProjectFinished;
import org.linli.linkage.ServiceKind;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.internal.Page;
import org.linli.linkage.needs.Need;
import org.linli.linkage.needs.NeedsAndResources;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's projects (项目清单): made by its workers, from scratch or from a need and the
 * resource suggested for it; started; finished with their result, which is published as
 * {@link ProjectFinished} for the disclosure board.
 */
@Service
public class Projects {

    public static final int PAGE = 20;

    private final ProjectStore store;
    private final LinkageCommittees committees;
    private final NeedsAndResources needs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Projects(ProjectStore store, LinkageCommittees committees, NeedsAndResources needs, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.needs = needs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Page<Project> page(CurrentUser user, ProjectStatus status, ServiceKind kind, String q, int page) {
        String s = status == null ? null : status.name();
        String k = kind == null ? null : kind.name();
        String text = q == null || q.isBlank() ? null : q.strip();
        return Page.of(store.page(user.scope(), s, k, text, Page.offset(page, PAGE), PAGE), store.count(user.scope(), s, k, text),
                Math.max(0, page), PAGE);
    }

    public Project get(long id, CurrentUser user) {
        return store.find(id, user.scope()).orElseThrow(() -> new NotFoundException("project " + id));
    }

    /** The committee's projects, for choosing one (the fund's entries); the committee's own first. */
    public List<Project> ofCommittee(Division committee) {
        return store.ofCommittee(committee.path());
    }

    @Transactional
    public long create(ProjectForm form, CurrentUser user) {
        Division committee = committees.own(user);
        if (form.endsOn().isBefore(form.startsOn())) {
            throw Refusal.ofField("endsOn", "linkage.project.ends.before-start");
        }
        if (form.needId() != null) {
            Need need = needs.need(form.needId(), user);
            if (!need.open()) {
                throw Refusal.ofField("needId", "linkage.project.need.taken");
            }
        }
        if (form.resourceId() != null) {
            needs.resource(form.resourceId(), user);
        }
        checkTeam(committee, form.partnerIds(), form.workerIds());
        long id = store.insert(committee.id(), committee.path(), form, user.username(), OffsetDateTime.now(clock));
        store.team(id, form.partnerIds(), form.workerIds());
        if (form.needId() != null) {
            needs.takeUp(form.needId());
        }
        audit.record("LINKAGE_PROJECT", "linkage-project-" + id, committee.path(), "立项：" + form.title().strip() + "，预算 " + form.budget());
        return id;
    }

    @Transactional
    public void team(long id, TeamForm form, CurrentUser user) {
        Project project = editable(id, user);
        if (project.status() == ProjectStatus.FINISHED) {
            throw Refusal.of("linkage.project.finished-already");
        }
        Division committee = committees.own(user);
        checkTeam(committee, form.partnerIds(), form.workerIds());
        store.team(id, form.partnerIds(), form.workerIds());
        store.participants(id, form.participants() == null ? 0 : form.participants(), form.volunteers() == null ? "" : form.volunteers().strip());
        audit.record("LINKAGE_PROJECT", "linkage-project-" + id, project.committeePath(), "参与方：" + project.title());
    }

    @Transactional
    public void start(long id, CurrentUser user) {
        Project project = editable(id, user);
        if (!store.move(id, ProjectStatus.PLANNED, ProjectStatus.RUNNING)) {
            throw Refusal.of("linkage.project.not-planned");
        }
        audit.record("LINKAGE_PROJECT", "linkage-project-" + id, project.committeePath(), "开始实施：" + project.title());
    }

    /** Records the result of a planned or running project, and tells the disclosure board. */
    @Transactional
    public void finish(long id, ResultForm form, CurrentUser user) {
        Project project = editable(id, user);
        LocalDate today = LocalDate.now(clock);
        if (form.finishedOn().isAfter(today)) {
            throw Refusal.ofField("finishedOn", "linkage.date.future");
        }
        if (form.finishedOn().isBefore(project.startsOn())) {
            throw Refusal.ofField("finishedOn", "linkage.project.finished.before-start", project.startsOn());
        }
        String result = form.result().strip();
        if (!store.finish(id, result, form.finishedOn())) {
            throw Refusal.of("linkage.project.finished-already");
        }
        audit.record("LINKAGE_PROJECT", "linkage-project-" + id, project.committeePath(), "结项：" + project.title());
        events.publishEvent(new ProjectFinished(id, project.committeeId(), project.committeePath(), project.title(), result,
                form.finishedOn(), user.username()));
    }

    private Project editable(long id, CurrentUser user) {
        Division committee = committees.own(user);
        Project project = get(id, user);
        if (!project.committeePath().equals(committee.path())) {
            throw new NotFoundException("project " + id + " of another committee");
        }
        return project;
    }

    private void checkTeam(Division committee, List<Long> partners, List<Long> workers) {
        if (!store.allFiledOrganisations(committee.path(), partners)) {
            throw Refusal.ofField("partners", "linkage.project.partner.unknown");
        }
        if (!store.allSocialWorkers(committee.path(), workers)) {
            throw Refusal.ofField("workers", "linkage.project.worker.unknown");
        }
    }
}
