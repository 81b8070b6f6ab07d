package org.linli.casework.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.Channel;
import org.linli.casework.intake.Intake;
import org.linli.casework.intake.NewCase;
import org.linli.casework.intake.Submitter;
import org.linli.casework.internal.CaseLimits;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff and grid workers enter a case: a call, a 12345 ticket, a visit, or what a patrol found. */
@Controller
class CaseEntryController {

    private static final List<String> PRE_FILLED = List.of("placeCode", "latitude", "longitude", "address");

    private final Intake intake;
    private final Categories categories;
    private final Divisions divisions;
    private final CaseLimits limits;

    CaseEntryController(Intake intake, Categories categories, Divisions divisions, CaseLimits limits) {
        this.intake = intake;
        this.categories = categories;
        this.divisions = divisions;
        this.limits = limits;
    }

    /**
     * The form, optionally pre-filled from the query: a patrol's "report a finding" button passes the
     * place (a code), the phone's point and the address as {@code placeCode}, {@code latitude},
     * {@code longitude} and {@code address}. They are only typed values: the intake checks them as
     * it checks anything typed.
     */
    @GetMapping("/cases/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model, @RequestParam Map<String, String> query) {
        Map<String, String> typed = new HashMap<>();
        typed.put("channel", (user.role() == Role.GRID_WORKER ? Channel.GRID_PATROL : Channel.PHONE).name());
        typed.put("placeCode", user.role() == Role.GRID_WORKER
                ? divisions.findUnscoped(user.divisionId()).map(Division::code).orElse("") : "");
        typed.put("submissionKey", UUID.randomUUID().toString());
        for (String field : PRE_FILLED) {
            String value = query.get(field);
            if (value != null && !value.isBlank() && value.length() <= 200) {
                typed.put(field, value.strip());
            }
        }
        typed.putAll(Typed.of(model));
        model.addAttribute("typed", typed);
        model.addAttribute("categories", categories.active());
        // What each category promises where the user works, e.g. "（7 天内办结）".
        model.addAttribute("finishLimits", categories.active().stream().collect(java.util.stream.Collectors.toMap(
                Category::code, c -> limits.today(c.code(), user.scope().path()).finish().label())));
        model.addAttribute("channels", List.of(Channel.PHONE, Channel.HOTLINE_12345, Channel.WALK_IN, Channel.GRID_PATROL));
        return "casework/case-form";
    }

    @PostMapping("/cases/new")
    String open(@AuthenticationPrincipal CurrentUser user, @Valid NewCase form, RedirectAttributes redirect) {
        if (user.role() == Role.DEPARTMENT_STAFF) {
            throw new NotFoundException("intake");
        }
        Intake.Opened opened = intake.open(form, Submitter.staff(user));
        redirect.addFlashAttribute("saved", opened.duplicate() ? "该诉求已登记过，未重复登记" : "诉求已登记，编号 " + opened.number());
        return "redirect:/cases/" + opened.caseId();
    }
}
