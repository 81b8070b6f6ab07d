package org.linli.linkage.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.linkage.ServiceKind;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.internal.Page;
import org.linli.linkage.needs.Need;
import org.linli.linkage.needs.NeedForm;
import org.linli.linkage.needs.NeedsAndResources;
import org.linli.linkage.needs.Resource;
import org.linli.linkage.needs.ResourceForm;
import org.linli.linkage.needs.Suggestion;
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

/**
 * The lists of needs and resources on one page: each open need with the resource suggested for it,
 * and, for the need chosen, every suggestion nearest first with a button that makes it a project.
 */
@Controller
class NeedController {

    private final NeedsAndResources needs;
    private final PlaceNames placeNames;

    NeedController(NeedsAndResources needs, PlaceNames placeNames) {
        this.needs = needs;
        this.placeNames = placeNames;
    }

    @GetMapping("/linkage/needs")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ServiceKind kind,
                @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) ServiceKind rkind,
                @RequestParam(required = false) String rq, @RequestParam(defaultValue = "0") int rpage,
                @RequestParam(required = false) Long need, Model model) {
        Page<Need> needPage = needs.needs(user, kind, status, q, page);
        Page<Resource> resourcePage = needs.resources(user, rkind, rq, rpage);
        List<String> paths = new ArrayList<>();
        needPage.rows().forEach(n -> {
            paths.add(n.placePath());
            if (n.best() != null) {
                paths.add(n.best().placePath());
            }
        });
        resourcePage.rows().forEach(r -> paths.add(r.placePath()));
        if (need != null) {
            Need chosen = needs.need(need, user);
            List<Suggestion> suggestions = needs.suggestions(need, user, 10);
            suggestions.forEach(s -> paths.add(s.placePath()));
            paths.add(chosen.placePath());
            model.addAttribute("chosen", chosen);
            model.addAttribute("suggestions", suggestions);
        }
        model.addAttribute("places", placeNames.labels(paths));
        model.addAttribute("needs", needPage);
        model.addAttribute("resources", resourcePage);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("rkind", rkind);
        model.addAttribute("rq", rq);
        model.addAttribute("keeps", LinkageCommittees.keeps(user));
        model.addAttribute("needBase", Links.withFilters("/linkage/needs", "kind", kind, "status", status, "q", q));
        model.addAttribute("resourceBase", Links.withFilters("/linkage/needs", "rkind", rkind, "rq", rq));
        return "linkage/needs";
    }

    @PostMapping("/linkage/needs")
    @FormPage(value = "/linkage/needs", form = "need")
    String recordNeed(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute NeedForm form, RedirectAttributes redirect) {
        long id = needs.recordNeed(form, user);
        redirect.addFlashAttribute("saved", "已登记需求：" + form.title().strip());
        return "redirect:/linkage/needs?need=" + id;
    }

    @PostMapping("/linkage/resources")
    @FormPage(value = "/linkage/needs", form = "resource")
    String recordResource(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ResourceForm form,
                          RedirectAttributes redirect) {
        needs.recordResource(form, user);
        redirect.addFlashAttribute("saved", "已登记资源：" + form.title().strip());
        return "redirect:/linkage/needs";
    }
}
