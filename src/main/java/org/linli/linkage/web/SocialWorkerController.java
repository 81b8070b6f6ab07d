package org.linli.linkage.web;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.internal.Page;
import org.linli.linkage.organisations.CertificateLevel;
import org.linli.linkage.organisations.Filings;
import org.linli.linkage.organisations.SocialWorker;
import org.linli.linkage.organisations.SocialWorkerForm;
import org.linli.linkage.organisations.SocialWorkers;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The social workers with their certificates and the projects they run. */
@Controller
class SocialWorkerController {

    private final SocialWorkers workers;
    private final Filings filings;
    private final LinkageCommittees committees;
    private final PlaceNames placeNames;

    SocialWorkerController(SocialWorkers workers, Filings filings, LinkageCommittees committees, PlaceNames placeNames) {
        this.workers = workers;
        this.filings = filings;
        this.committees = committees;
        this.placeNames = placeNames;
    }

    @GetMapping("/linkage/social-workers")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CertificateLevel level,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<SocialWorker> rows = workers.page(user, level, q, page);
        model.addAttribute("workers", rows);
        model.addAttribute("places", placeNames.labels(rows.rows().stream().map(SocialWorker::committeePath).toList()));
        model.addAttribute("levels", CertificateLevel.values());
        model.addAttribute("level", level);
        model.addAttribute("q", q);
        model.addAttribute("base", Links.withFilters("/linkage/social-workers", "level", level, "q", q));
        boolean keeps = LinkageCommittees.keeps(user);
        model.addAttribute("keeps", keeps);
        model.addAttribute("organisations", keeps ? filings.filed(committees.own(user)) : java.util.List.of());
        return "linkage/social-workers";
    }

    @PostMapping("/linkage/social-workers")
    @FormPage("/linkage/social-workers")
    String record(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute SocialWorkerForm form, RedirectAttributes redirect) {
        workers.record(form, user);
        redirect.addFlashAttribute("saved", "已登记社会工作者：" + form.name().strip());
        return "redirect:/linkage/social-workers";
    }
}
