package org.linli.emergency.web;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.emergency.preparedness.CommunityType;
import org.linli.emergency.preparedness.Plan;
import org.linli.emergency.preparedness.PlanForm;
import org.linli.emergency.preparedness.Plans;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's plan: the template of its kind of community, filled and saved as a new version; old versions read. */
@Controller
class PlanController {

    private final CommitteePages pages;
    private final Plans plans;

    PlanController(CommitteePages pages, Plans plans) {
        this.pages = pages;
        this.plans = plans;
    }

    @GetMapping("/emergency/plan")
    String plan(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                @RequestParam(required = false) CommunityType type, @RequestParam(required = false) Integer version, Model model) {
        Division c = pages.shown(user, committee, model);
        if (c == null) {
            return "emergency/plan";
        }
        Plan latest = plans.plan(c, null).orElse(null);
        Plan shown = version == null ? latest : plans.plan(c, version).orElseThrow(() -> new NotFoundException("plan version"));
        CommunityType chosen = type != null ? type : latest != null ? latest.communityType() : CommunityType.OLD_ESTATE;
        model.addAttribute("plan", shown);
        model.addAttribute("reading", version != null && latest != null && version != latest.version());
        model.addAttribute("versions", plans.versions(c));
        model.addAttribute("types", CommunityType.values());
        model.addAttribute("type", chosen);
        model.addAttribute("template", chosen.template());
        // The form starts from the latest text where the kind of community is the same.
        model.addAttribute("bodies", latest != null && latest.communityType() == chosen
                ? latest.sections().stream().map(Plan.PlanSection::body).toList() : java.util.List.of());
        return "emergency/plan";
    }

    @PostMapping("/emergency/plan")
    @FormPage("/emergency/plan")
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee, @Valid PlanForm form,
                RedirectAttributes redirect) {
        Division c = pages.posted(user, committee);
        int version = plans.save(c, form, user);
        redirect.addFlashAttribute("saved", "应急预案已保存为第 " + version + " 版");
        return "redirect:/emergency/plan?committee=" + c.id();
    }
}
