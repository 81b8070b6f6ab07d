package org.linli.benefits.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.linli.benefits.catalogue.Benefit;
import org.linli.benefits.catalogue.Catalogue;
import org.linli.benefits.catalogue.CatalogueEditing;
import org.linli.benefits.catalogue.Publication;
import org.linli.benefits.catalogue.RuleDraft;
import org.linli.benefits.catalogue.RuleVersion;
import org.linli.benefits.matching.Preview;
import org.linli.benefits.matching.Publishing;
import org.linli.registry.ResidentRules;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a benefit's rule (district administrators of its region; 404 for everyone else): the
 * draft's text beside the names a rule may use, saved as a draft (a refused rule comes back with
 * the error at its position and the text kept), previewed per committee with sample residents,
 * and published from a day.
 */
@Controller
class BenefitRuleController {

    private final Catalogue catalogue;
    private final CatalogueEditing editing;
    private final Preview preview;
    private final Publishing publishing;
    private final ResidentRules rules;
    private final Clock clock;

    BenefitRuleController(Catalogue catalogue, CatalogueEditing editing, Preview preview, Publishing publishing,
                   ResidentRules rules, Clock clock) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.preview = preview;
        this.publishing = publishing;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping("/benefits/{id}/rule")
    String editor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Benefit benefit = catalogue.editable(id, user);
        LocalDate today = LocalDate.now(clock);
        RuleVersion draft = catalogue.draft(id).orElse(null);
        RuleVersion inForce = catalogue.inForce(id, today).orElse(null);
        model.addAttribute("benefit", benefit);
        model.addAttribute("draft", draft);
        model.addAttribute("inForce", inForce);
        model.addAttribute("text", draft != null ? draft.source() : inForce != null ? inForce.source() : "");
        model.addAttribute("vocabulary", rules.vocabulary(user));
        return "benefits/rule";
    }

    @PostMapping("/benefits/{id}/rule")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid RuleDraft form,
                RedirectAttributes redirect) {
        RuleVersion draft = editing.saveDraft(id, form, user);
        redirect.addFlashAttribute("saved", "已保存规则第 %d 版草稿".formatted(draft.version()));
        return "redirect:/benefits/" + id + "/rule";
    }

    @GetMapping("/benefits/{id}/rule/preview")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        String page = editor(user, id, model);
        model.addAttribute("preview", preview.ofDraft(id, user).orElse(null));
        model.addAttribute("defaultFrom", LocalDate.now(clock));
        return page;
    }

    @PostMapping("/benefits/{id}/rule/publish")
    @FormPage(value = "/benefits/{id}/rule/preview", form = "publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid Publication form,
                   RedirectAttributes redirect) {
        RuleVersion published = publishing.publish(id, form, user);
        redirect.addFlashAttribute("saved", "已发布规则第 %d 版，自 %s 起施行".formatted(published.version(),
                published.effectiveFrom()));
        return "redirect:/benefits/" + id;
    }
}
