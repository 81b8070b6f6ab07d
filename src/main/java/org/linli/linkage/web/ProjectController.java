package org.linli.linkage.web;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.linkage.ServiceKind;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.needs.Need;
import org.linli.linkage.needs.NeedsAndResources;
import org.linli.linkage.organisations.Filings;
import org.linli.linkage.organisations.SocialWorkers;
import org.linli.linkage.projects.Project;
import org.linli.linkage.projects.ProjectForm;
import org.linli.linkage.projects.ProjectStatus;
import org.linli.linkage.projects.Projects;
import org.linli.linkage.projects.ResultForm;
import org.linli.linkage.projects.TeamForm;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The projects' list with the form that makes one (from a suggestion, when given), and each project's page. */
@Controller
class ProjectController {

    private final Projects projects;
    private final NeedsAndResources needs;
    private final LinkageCommittees committees;
    private final Filings filings;
    private final SocialWorkers workers;

    ProjectController(Projects projects, NeedsAndResources needs, LinkageCommittees committees, Filings filings, SocialWorkers workers) {
        this.projects = projects;
        this.needs = needs;
        this.committees = committees;
        this.filings = filings;
        this.workers = workers;
    }

    @GetMapping("/linkage/projects")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ProjectStatus status,
                @RequestParam(required = false) ServiceKind kind, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long need,
                @RequestParam(required = false) Long resource, Model model) {
        model.addAttribute("projects", projects.page(user, status, kind, q, page));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("base", Links.withFilters("/linkage/projects", "status", status, "kind", kind, "q", q));
        boolean keeps = LinkageCommittees.keeps(user);
        model.addAttribute("keeps", keeps);
        if (keeps) {
            Division committee = committees.own(user);
            team(committee, model);
            if (need != null) {
                Need n = needs.need(need, user);
                model.addAttribute("need", n);
                model.addAttribute("resource", resource == null ? null : needs.resource(resource, user));
            }
        }
        return "linkage/projects";
    }

    @PostMapping("/linkage/projects")
    @FormPage(value = "/linkage/projects", form = "project")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ProjectForm form, RedirectAttributes redirect) {
        long id = projects.create(form, user);
        redirect.addFlashAttribute("saved", "已立项：" + form.title().strip());
        return "redirect:/linkage/projects/" + id;
    }

    @GetMapping("/linkage/projects/{id}")
    String project(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Project project = projects.get(id, user);
        model.addAttribute("project", project);
        boolean keeps = LinkageCommittees.keeps(user) && project.committeePath().equals(user.scope().path());
        model.addAttribute("keeps", keeps);
        if (keeps) {
            team(committees.own(user), model);
        }
        return "linkage/project";
    }

    @PostMapping("/linkage/projects/{id}/team")
    @FormPage(value = "/linkage/projects/{id}", form = "team")
    String team(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute TeamForm form,
                RedirectAttributes redirect) {
        projects.team(id, form, user);
        redirect.addFlashAttribute("saved", "已更新参与方");
        return "redirect:/linkage/projects/" + id;
    }

    @PostMapping("/linkage/projects/{id}/start")
    @FormPage(value = "/linkage/projects/{id}", form = "start")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        projects.start(id, user);
        redirect.addFlashAttribute("saved", "项目已开始实施");
        return "redirect:/linkage/projects/" + id;
    }

    @PostMapping("/linkage/projects/{id}/finish")
    @FormPage(value = "/linkage/projects/{id}", form = "finish")
    String finish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute ResultForm form,
                  RedirectAttributes redirect) {
        projects.finish(id, form, user);
        redirect.addFlashAttribute("saved", "项目已结项，成效将在居务公开栏公布");
        return "redirect:/linkage/projects/" + id;
    }

    /** The filed organisations and social workers of the committee, the choices of a project's team. */
    private void team(Division committee, Model model) {
        model.addAttribute("organisations", filings.filed(committee));
        model.addAttribute("socialWorkers", workers.ofCommittee(committee));
    }
}
