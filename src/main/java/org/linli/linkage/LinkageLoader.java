package org.linli.linkage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.linli.linkage.funds.Fund;
import org.linli.linkage.funds.FundEntryForm;
import org.linli.linkage.funds.FundEntryForm.Direction;
import org.linli.linkage.funds.FundEntryForm.PartyKind;
import org.linli.linkage.needs.NeedForm;
import org.linli.linkage.needs.NeedsAndResources;
import org.linli.linkage.needs.ResourceForm;
import org.linli.linkage.organisations.CertificateLevel;
import org.linli.linkage.organisations.Filings;
import org.linli.linkage.organisations.OrganisationForm;
import org.linli.linkage.organisations.OrganisationKind;
import org.linli.linkage.organisations.SocialWorkerForm;
import org.linli.linkage.organisations.SocialWorkers;
import org.linli.linkage.projects.ProjectForm;
import org.linli.linkage.projects.Projects;
import org.linli.linkage.projects.ResultForm;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's way in: lists, filings, social workers, projects and fund entries of a committee,
 * each through the same use case (and the same checks) a worker's form goes through. Kinds are
 * named by their enum constants ({@code "CHARITY"}, {@code "WORKER"}).
 */
@Component
public class LinkageLoader {

    private final NeedsAndResources needs;
    private final Projects projects;
    private final Filings filings;
    private final SocialWorkers workers;
    private final Fund fund;

    LinkageLoader(NeedsAndResources needs, Projects projects, Filings filings, SocialWorkers workers, Fund fund) {
        this.needs = needs;
        this.projects = projects;
        this.filings = filings;
        this.workers = workers;
        this.fund = fund;
    }

    /** Whether the committee has anything listed yet (the demo loads a committee once). */
    public boolean loaded(String committeePath) {
        return needs.anyIn(committeePath);
    }

    public long need(CurrentUser worker, ServiceKind kind, String title, String detail, int people, String placeCode) {
        return needs.recordNeed(new NeedForm(kind, title, detail, people, placeCode), worker);
    }

    public long resource(CurrentUser worker, ServiceKind kind, String title, String provider, String detail, String placeCode) {
        return needs.recordResource(new ResourceForm(kind, title, provider, detail, placeCode), worker);
    }

    public long organisation(CurrentUser worker, String name, String kind, String leader, int members, String purpose) {
        return filings.submit(new OrganisationForm(name, OrganisationKind.valueOf(kind), leader, members, purpose), worker);
    }

    public String accept(CurrentUser street, long organisationId) {
        return filings.accept(organisationId, street);
    }

    public long socialWorker(CurrentUser worker, String name, String level, String certificateNo, int year, Long organisationId) {
        return workers.record(new SocialWorkerForm(name, CertificateLevel.valueOf(level), certificateNo, year, organisationId), worker);
    }

    /** A project, made from a need and a resource when they are given. */
    @Transactional
    public long project(CurrentUser worker, String title, ServiceKind kind, BigDecimal budget, LocalDate startsOn, LocalDate endsOn,
                        int participants, String volunteers, Long needId, Long resourceId, List<Long> partners, List<Long> socialWorkers) {
        return projects.create(new ProjectForm(title, kind, budget, startsOn, endsOn, participants, volunteers, needId, resourceId,
                partners, socialWorkers), worker);
    }

    public void start(CurrentUser worker, long projectId) {
        projects.start(projectId, worker);
    }

    public void finish(CurrentUser worker, long projectId, String result, LocalDate finishedOn) {
        projects.finish(projectId, new ResultForm(result, finishedOn), worker);
    }

    /** A donation (a person's when {@code person}, else an organisation's), for a project or for none. */
    public long donation(CurrentUser worker, BigDecimal amount, LocalDate on, String donor, boolean person, String purpose, Long projectId) {
        return fund.enter(new FundEntryForm(Direction.IN, amount, on, donor, person ? PartyKind.PERSON : PartyKind.ORGANISATION,
                purpose, projectId), worker);
    }

    public long spending(CurrentUser worker, BigDecimal amount, LocalDate on, String payee, String purpose, long projectId) {
        return fund.enter(new FundEntryForm(Direction.OUT, amount, on, payee, PartyKind.ORGANISATION, purpose, projectId), worker);
    }
}
