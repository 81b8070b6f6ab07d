package org.linli.workitems.web;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.linli.workitems.admission.Paged;
import org.linli.workitems.admission.ReviewDecision;
import org.linli.workitems.admission.Reviewing;
import org.linli.workitems.admission.WorkItemLists;
import org.linli.workitems.admission.WorkItemView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The district's reviewers see pending applications, oldest first, and approve or refuse them. */
@Controller
class AdmissionReviewController {

    private final WorkItemLists lists;
    private final Reviewing reviewing;
    private final PlaceNames placeNames;

    AdmissionReviewController(WorkItemLists lists, Reviewing reviewing, PlaceNames placeNames) {
        this.lists = lists;
        this.reviewing = reviewing;
        this.placeNames = placeNames;
    }

    @GetMapping("/workitems/review")
    String review(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        Paged<WorkItemView> items = lists.pending(user, Math.max(0, page), AdmissionController.PAGE);
        model.addAttribute("items", items);
        model.addAttribute("places", placeNames.labels(items.rows().stream().flatMap(w -> w.targetPaths().stream()).distinct().toList()));
        return "workitems/admission-review";
    }

    @PostMapping("/workitems/{id}/approve")
    @FormPage(value = "/workitems/review", form = "decide-{id}")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        reviewing.approve(id, user);
        redirect.addFlashAttribute("saved", "已准入");
        return "redirect:/workitems/review";
    }

    @PostMapping("/workitems/{id}/refuse")
    @FormPage(value = "/workitems/review", form = "decide-{id}")
    String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @Valid @ModelAttribute("decision") ReviewDecision decision, RedirectAttributes redirect) {
        reviewing.refuse(id, decision, user);
        redirect.addFlashAttribute("saved", "已不予准入");
        return "redirect:/workitems/review";
    }
}
