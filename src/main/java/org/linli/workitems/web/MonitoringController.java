package org.linli.workitems.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.linli.workitems.admission.Monitoring;
import org.linli.workitems.admission.Paged;
import org.linli.workitems.admission.UnadmittedReport;
import org.linli.workitems.admission.UnadmittedReportForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monitoring channel's pages: a committee reports unadmitted work; the street and district see the reports. */
@Controller
class MonitoringController {

    private final Monitoring monitoring;
    private final PlaceNames placeNames;
    private final Clock clock;

    MonitoringController(Monitoring monitoring, PlaceNames placeNames, Clock clock) {
        this.monitoring = monitoring;
        this.placeNames = placeNames;
        this.clock = clock;
    }

    @GetMapping("/workitems/report-unadmitted")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("departments", monitoring.nameable(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UnadmittedReportForm.empty(LocalDate.now(clock)));
        }
        model.addAttribute("reports", monitoring.within(user, null, 0, 20));
        return "workitems/monitoring-report";
    }

    @PostMapping("/workitems/report-unadmitted")
    String report(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") UnadmittedReportForm form,
                  RedirectAttributes redirect) {
        monitoring.report(form, user);
        redirect.addFlashAttribute("saved", "已向区里反映：" + form.what());
        return "redirect:/workitems/report-unadmitted";
    }

    @GetMapping("/workitems/monitoring")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long department,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Paged<UnadmittedReport> reports = monitoring.within(user, department, Math.max(0, page), AdmissionController.PAGE);
        model.addAttribute("reports", reports);
        model.addAttribute("perDepartment", monitoring.perDepartment(user));
        model.addAttribute("department", department);
        model.addAttribute("places", placeNames.labels(reports.rows().stream().map(UnadmittedReport::committeePath).distinct().toList()));
        return "workitems/monitoring";
    }

    @PostMapping("/workitems/monitoring/{id}/handled")
    @FormPage(value = "/workitems/monitoring", form = "handle-{id}")
    String handled(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String note,
                   RedirectAttributes redirect) {
        monitoring.handle(id, note, user);
        redirect.addFlashAttribute("saved", "已标记为已处理");
        return "redirect:/workitems/monitoring";
    }
}
