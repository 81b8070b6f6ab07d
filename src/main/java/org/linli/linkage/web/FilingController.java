package org.linli.linkage.web;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.internal.Page;
import org.linli.linkage.organisations.FilingStatus;
import org.linli.linkage.organisations.Filings;
import org.linli.linkage.organisations.Organisation;
import org.linli.linkage.organisations.OrganisationForm;
import org.linli.linkage.organisations.OrganisationKind;
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

/** Community social organisations: the committee's filings, the street's decisions, one page per organisation. */
@Controller
class FilingController {

    private final Filings filings;
    private final PlaceNames placeNames;

    FilingController(Filings filings, PlaceNames placeNames) {
        this.filings = filings;
        this.placeNames = placeNames;
    }

    @GetMapping("/linkage/organisations")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) FilingStatus status,
                @RequestParam(required = false) OrganisationKind kind, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Organisation> organisations = filings.page(user, status, kind, page);
        model.addAttribute("organisations", organisations);
        model.addAttribute("places", placeNames.labels(organisations.rows().stream().map(Organisation::committeePath).toList()));
        model.addAttribute("statuses", FilingStatus.values());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("base", Links.withFilters("/linkage/organisations", "status", status, "kind", kind));
        model.addAttribute("keeps", LinkageCommittees.keeps(user));
        model.addAttribute("decides", Filings.decides(user));
        return "linkage/organisations";
    }

    @PostMapping("/linkage/organisations")
    @FormPage(value = "/linkage/organisations", form = "submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute OrganisationForm form, RedirectAttributes redirect) {
        long id = filings.submit(form, user);
        redirect.addFlashAttribute("saved", "已提交街道备案：" + form.name().strip());
        return "redirect:/linkage/organisations/" + id;
    }

    @GetMapping("/linkage/organisations/{id}")
    String organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Organisation o = filings.get(id, user);
        model.addAttribute("o", o);
        model.addAttribute("place", placeNames.labels(java.util.List.of(o.committeePath())).get(o.committeePath()));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("keeps", LinkageCommittees.keeps(user) && o.committeePath().equals(user.scope().path()));
        model.addAttribute("decides", Filings.decides(user));
        return "linkage/organisation";
    }

    @PostMapping("/linkage/organisations/{id}/resubmit")
    @FormPage(value = "/linkage/organisations/{id}", form = "resubmit")
    String resubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute OrganisationForm form,
                    RedirectAttributes redirect) {
        filings.resubmit(id, form, user);
        redirect.addFlashAttribute("saved", "已重新提交备案");
        return "redirect:/linkage/organisations/" + id;
    }

    @PostMapping("/linkage/organisations/{id}/accept")
    @FormPage(value = "/linkage/organisations/{id}", form = "decide")
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        String number = filings.accept(id, user);
        redirect.addFlashAttribute("saved", "已准予备案，备案编号 " + number);
        return "redirect:/linkage/organisations/" + id;
    }

    @PostMapping("/linkage/organisations/{id}/return")
    @FormPage(value = "/linkage/organisations/{id}", form = "decide")
    String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        filings.sendBack(id, reason, user);
        redirect.addFlashAttribute("saved", "已退回社区补正");
        return "redirect:/linkage/organisations/" + id;
    }
}
