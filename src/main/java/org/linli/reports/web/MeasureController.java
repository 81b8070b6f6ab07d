package org.linli.reports.web;

import org.linli.reports.measures.CatalogueView;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The shared catalogue of measures (一套表指标目录), with a committee's current values as a preview. */
@Controller
class MeasureController {

    private final CatalogueView catalogue;

    MeasureController(CatalogueView catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/reports/measures")
    String catalogue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        CatalogueView.View view = catalogue.view(user, committee, page);
        model.addAttribute("view", view);
        model.addAttribute("groups", CatalogueView.GROUPS);
        model.addAttribute("base", view.committee() == null || view.choices().isEmpty() ? "/reports/measures"
                : "/reports/measures?committee=" + view.committee().id());
        return "reports/measures";
    }
}
