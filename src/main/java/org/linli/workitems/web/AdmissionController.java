package org.linli.workitems.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.linli.casework.Department;
import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.workitems.Admissions;
import org.linli.workitems.WorkItemApplication;
import org.linli.workitems.WorkItemKind;
import org.linli.workitems.admission.Paged;
import org.linli.workitems.admission.Targets;
import org.linli.workitems.admission.WorkItemLists;
import org.linli.workitems.admission.WorkItemView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A department's staff apply to place work on committees and follow their applications. */
@Controller
class AdmissionController {

    static final int PAGE = 20;

    private final Admissions admissions;
    private final WorkItemLists lists;
    private final Targets targets;
    private final PlaceNames placeNames;
    private final Clock clock;

    AdmissionController(Admissions admissions, WorkItemLists lists, Targets targets, PlaceNames placeNames, Clock clock) {
        this.admissions = admissions;
        this.lists = lists;
        this.targets = targets;
        this.placeNames = placeNames;
        this.clock = clock;
    }

    @GetMapping("/workitems/apply")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        Department department = lists.departmentOf(user).orElseThrow(() -> new NotFoundException("no department"));
        model.addAttribute("department", department);
        model.addAttribute("streets", targets.choices(targets.districtOf(department)));
        model.addAttribute("kinds", WorkItemKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WorkItemApplication(WorkItemKind.TASK, "", "", "", List.of(), LocalDate.now(clock),
                    null, BigDecimal.ZERO, "", null));
        }
        return "workitems/admission-form";
    }

    @PostMapping("/workitems/apply")
    String apply(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") WorkItemApplication form,
                 RedirectAttributes redirect) {
        // The form cannot name another module's reference: only modules applying through the face do.
        WorkItemApplication typed = new WorkItemApplication(form.kind(), form.title(), form.content(), form.basis(),
                form.targetPaths(), form.startsOn(), form.endsOn(), form.funding(), form.fundingSource(), null);
        admissions.apply(typed, user);
        redirect.addFlashAttribute("saved", "已提交准入申请：" + form.title());
        return "redirect:/workitems/mine";
    }

    @GetMapping("/workitems/mine")
    String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        Paged<WorkItemView> items = lists.mine(user, Math.max(0, page), PAGE);
        model.addAttribute("items", items);
        model.addAttribute("places", placeNames.labels(items.rows().stream().flatMap(w -> w.targetPaths().stream()).distinct().toList()));
        return "workitems/admission-mine";
    }
}
