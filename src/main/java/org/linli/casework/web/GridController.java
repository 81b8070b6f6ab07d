package org.linli.casework.web;

import jakarta.validation.Valid;

import org.linli.casework.internal.Dispatch;
import org.linli.casework.internal.GridWork;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dispatching a case to a grid (派单) and a grid worker taking it (接单); both forms are on the case page. */
@Controller
class GridController {

    private final GridWork grid;

    GridController(GridWork grid) {
        this.grid = grid;
    }

    @PostMapping("/cases/{id}/dispatch")
    @FormPage(value = "/cases/{id}", form = "dispatch")
    String dispatch(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid Dispatch dispatch,
                    RedirectAttributes redirect) {
        grid.dispatch(id, dispatch, user);
        redirect.addFlashAttribute("saved", "已派单");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/take")
    @FormPage(value = "/cases/{id}", form = "take")
    String take(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        grid.take(id, user);
        redirect.addFlashAttribute("saved", "已接单");
        return "redirect:/cases/" + id;
    }
}
