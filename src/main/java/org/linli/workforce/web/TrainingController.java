package org.linli.workforce.web;

import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.workforce.growth.TrainingDue;
import org.linli.workforce.growth.TrainingDues;
import org.linli.workforce.register.Paged;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Training (/workforce/training): every worker's next due date by post, soonest first, and the overdue list. */
@Controller
class TrainingController {

    private final TrainingDues dues;
    private final PlaceNames placeNames;

    TrainingController(TrainingDues dues, PlaceNames placeNames) {
        this.dues = dues;
        this.placeNames = placeNames;
    }

    @GetMapping("/workforce/training")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Paged<TrainingDue> list = dues.list(user, overdue, Math.max(0, page), RegisterController.PAGE);
        model.addAttribute("dues", list);
        model.addAttribute("overdue", overdue);
        model.addAttribute("overdueCount", overdue ? list.total() : dues.list(user, true, 0, 1).total());
        model.addAttribute("places", placeNames.labels(list.rows().stream().map(d -> d.worker().divisionPath()).toList()));
        return "workforce/training";
    }
}
