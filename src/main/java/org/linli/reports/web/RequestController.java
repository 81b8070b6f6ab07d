package org.linli.reports.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.linli.reports.requests.RequestCommittees;
import org.linli.reports.requests.Issuing;
import org.linli.reports.requests.RequestForm;
import org.linli.reports.requests.Requests;
import org.linli.reports.templates.ReportTemplate;
import org.linli.reports.templates.Templates;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Requests: the department issues one for an admitted template; each reader lists those in their scope. */
@Controller
class RequestController {

    private final Requests requests;
    private final Issuing issuing;
    private final Templates templates;
    private final RequestCommittees committees;
    private final Clock clock;

    RequestController(Requests requests, Issuing issuing, Templates templates, RequestCommittees committees, Clock clock) {
        this.requests = requests;
        this.issuing = issuing;
        this.templates = templates;
        this.committees = committees;
        this.clock = clock;
    }

    @GetMapping("/reports/requests")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", requests.visible(user));
        return "reports/requests";
    }

    @GetMapping("/reports/templates/{id}/requests/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ReportTemplate template = templates.own(id, user);
        String path = template.regionPath();
        String trimmed = path.substring(0, path.length() - 1);
        String regionCode = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        model.addAttribute("template", template);
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("region", committees.division(regionCode).orElse(null));
        model.addAttribute("streets", committees.streets(regionCode));
        if (model.getAttribute("form") == null) {
            model.addAttribute("form", RequestForm.empty(LocalDate.now(clock)));
        }
        return "reports/request-form";
    }

    @PostMapping("/reports/templates/{id}/requests")
    @FormPage("/reports/templates/{id}/requests/new")
    String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") RequestForm form,
                 RedirectAttributes redirect) {
        long request = issuing.issue(id, form, user);
        redirect.addFlashAttribute("saved", "报表已下发，各社区已收到预填好的报表");
        return "redirect:/reports/requests/" + request;
    }
}
