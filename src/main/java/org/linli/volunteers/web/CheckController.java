package org.linli.volunteers.web;

import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.linli.volunteers.internal.Attendance;
import org.linli.volunteers.internal.CheckCommand;
import org.linli.volunteers.internal.ActivityCheckIns;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The phone's page a volunteer opens from the activity's QR code (or types the code into): sign in, later sign out. */
@Controller
class CheckController {

    private final ActivityCheckIns checkIns;

    CheckController(ActivityCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/activities/check")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code, Model model) {
        // After a refusal the page is shown again with the code that was posted.
        Object typed = ((java.util.Map<?, ?>) model.getAttribute("typed")).get("code");
        String shown = code.isEmpty() && typed != null ? typed.toString() : code;
        shown = new CheckCommand(shown.length() > 20 ? "" : shown, "").code();
        model.addAttribute("code", shown);
        model.addAttribute("view", checkIns.view(user, shown).orElse(null));
        return "volunteers/check";
    }

    @PostMapping("/activities/check")
    @FormPage("/activities/check")
    String check(@AuthenticationPrincipal CurrentUser user, CheckCommand typed, RedirectAttributes redirect) {
        Attendance t = checkIns.check(user, typed);
        redirect.addFlashAttribute("saved", "SIGNED_IN".equals(t.status()) ? "签到成功" : "签退成功，服务时长 " + t.hours() + " 小时");
        return "redirect:" + UriComponentsBuilder.fromPath("/activities/check").queryParam("code", typed.code()).toUriString();
    }
}
