package org.linli.reports.web;

import org.linli.reports.overlap.Overlaps;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The overlap finder's page (报表合并建议): fields asked twice, what to merge them into, the values spared. */
@Controller
class OverlapController {

    private final Overlaps overlaps;

    OverlapController(Overlaps overlaps) {
        this.overlaps = overlaps;
    }

    @GetMapping("/reports/overlaps")
    String overlaps(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("found", overlaps.find(user, page));
        return "reports/overlaps";
    }
}
