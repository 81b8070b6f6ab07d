package org.linli.workforce.web;

import java.util.List;
import java.util.stream.Collectors;

import org.linli.shared.CurrentUser;
import org.linli.workforce.staffing.CommitteeStaffing;
import org.linli.workforce.staffing.Staffing;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Staffing (/workforce/staffing): workers per committee against the households-per-worker rule, shortfalls first, with a chart. */
@Controller
class StaffingController {

    private final Staffing staffing;

    StaffingController(Staffing staffing) {
        this.staffing = staffing;
    }

    @GetMapping("/workforce/staffing")
    String staffing(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<CommitteeStaffing> rows = staffing.committees(user);
        model.addAttribute("rows", rows);
        model.addAttribute("short", rows.stream().filter(r -> r.shortfall() > 0).count());
        model.addAttribute("chartNames", rows.stream().map(CommitteeStaffing::name).collect(Collectors.joining("|")));
        model.addAttribute("chartWorkers", rows.stream().map(r -> String.valueOf(r.workers())).collect(Collectors.joining(",")));
        model.addAttribute("chartRequired", rows.stream().map(r -> String.valueOf(r.required())).collect(Collectors.joining(",")));
        return "workforce/staffing";
    }
}
