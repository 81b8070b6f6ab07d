package org.linli.casework.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.linli.casework.Categories;
import org.linli.casework.intake.Intake;
import org.linli.casework.intake.NewCase;
import org.linli.casework.intake.Submitter;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.Phone;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Masks;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Residents report a problem, open without signing in: with a phone number, or as a signed-in resident. */
@Controller
class ReportController {

    private final Intake intake;
    private final Categories categories;
    private final Divisions divisions;
    private final PublicRegion region;

    ReportController(Intake intake, Categories categories, Divisions divisions, PublicRegion region) {
        this.intake = intake;
        this.categories = categories;
        this.divisions = divisions;
        this.region = region;
    }

    @GetMapping("/report")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        Map<String, String> typed = new HashMap<>();
        typed.put("submissionKey", UUID.randomUUID().toString());
        if (resident(user)) {
            divisions.findUnscoped(user.divisionId()).ifPresent(d -> typed.put("placeCode", d.code()));
        }
        typed.putAll(Typed.of(model));
        DataScope scope = region.scope();
        Map<String, List<Division>> committees = new LinkedHashMap<>();
        for (Division street : divisions.search("", scope, List.of(Level.STREET), 500)) {
            committees.put(street.name(), divisions.search("", new DataScope(street.path()), List.of(Level.COMMITTEE), 500));
        }
        model.addAttribute("typed", typed);
        model.addAttribute("categories", categories.active());
        model.addAttribute("committees", committees);
        model.addAttribute("resident", resident(user));
        return "casework/report";
    }

    @PostMapping("/report")
    String submit(@AuthenticationPrincipal CurrentUser user, @Valid NewCase form, HttpSession session) {
        String phone = form.reporterPhone();
        String actor = resident(user) ? user.username()
                : "居民" + (Phone.problem(phone) == null ? " " + Masks.phone(phone.substring(0, 3), phone.substring(7)) : "");
        Submitter who = new Submitter(actor, Role.RESIDENT, region.scope(), resident(user) ? user.accountId() : null, null)
                .inSession(session.getId());
        Intake.Opened opened = intake.open(form.reportedByResident(), who);
        return "redirect:/track/" + opened.trackingCode() + "?submitted=1";
    }

    private static boolean resident(CurrentUser user) {
        return user != null && user.role() == Role.RESIDENT;
    }
}
