package org.linli.conventions.web;

import jakarta.validation.Valid;

import org.linli.conventions.charter.Convention;
import org.linli.conventions.charter.ConventionForm;
import org.linli.conventions.charter.ConventionStatus;
import org.linli.conventions.charter.Conventions;
import org.linli.conventions.charter.FilingForm;
import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.ReasonForm;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Conventions: drafted for comment, put to a meeting's vote, filed with the street; residents read those in force. */
@Controller
class ConventionController {

    private final Conventions conventions;

    ConventionController(Conventions conventions) {
        this.conventions = conventions;
    }

    @GetMapping("/conventions")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ConventionStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        if (user.role() == Role.RESIDENT) {
            model.addAttribute("inForce", conventions.inForce(user));
            return "conventions/in-force";
        }
        Conventions.Page found = conventions.page(user, status, page, PointsController.PAGE);
        model.addAttribute("conventions", found);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ConventionStatus.values());
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (found.total() + PointsController.PAGE - 1) / PointsController.PAGE));
        model.addAttribute("records", CommitteeOf.records(user));
        return "conventions/list";
    }

    @GetMapping("/conventions/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        CommitteeOf.staff(user);
        model.addAttribute("records", CommitteeOf.records(user));
        return "conventions/new";
    }

    @PostMapping("/conventions")
    @FormPage("/conventions/new")
    String draft(@AuthenticationPrincipal CurrentUser user, @Valid ConventionForm form) {
        return "redirect:/conventions/" + conventions.draft(form, user);
    }

    @GetMapping("/conventions/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Convention c = conventions.get(id, user);
        model.addAttribute("convention", c);
        model.addAttribute("topics", c.status() == ConventionStatus.DRAFTING || c.status() == ConventionStatus.RETURNED
                ? conventions.topicChoices(user) : java.util.List.of());
        model.addAttribute("records", CommitteeOf.records(user));
        model.addAttribute("files", user.role() == Role.STREET_STAFF && c.status() == ConventionStatus.ADOPTED);
        return "conventions/show";
    }

    @PostMapping("/conventions/{id}/topic")
    @FormPage(value = "/conventions/{id}", form = "topic")
    String putToVote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long topicId) {
        conventions.putToVote(id, topicId, user);
        return "redirect:/conventions/" + id;
    }

    @PostMapping("/conventions/{id}/filing")
    @FormPage(value = "/conventions/{id}", form = "filing")
    String file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid FilingForm form) {
        conventions.file(id, form, user);
        return "redirect:/conventions/" + id;
    }

    @PostMapping("/conventions/{id}/return")
    @FormPage(value = "/conventions/{id}", form = "return")
    String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReasonForm form) {
        conventions.sendBack(id, form, user);
        return "redirect:/conventions/" + id;
    }
}
