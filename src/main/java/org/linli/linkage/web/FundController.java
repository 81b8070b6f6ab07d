package org.linli.linkage.web;

import java.util.List;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.linkage.funds.Fund;
import org.linli.linkage.funds.FundEntryForm;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.projects.Projects;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community fund's ledger for staff: a committee's workers enter donations and spending and
 * reverse mistakes; the street and the district read any of their committees' ledgers.
 */
@Controller
class FundController {

    private final Fund fund;
    private final LinkageCommittees committees;
    private final Projects projects;
    private final Divisions divisions;

    FundController(Fund fund, LinkageCommittees committees, Projects projects, Divisions divisions) {
        this.fund = fund;
        this.committees = committees;
        this.projects = projects;
        this.divisions = divisions;
    }

    @GetMapping("/linkage/funds")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String committee,
                @RequestParam(defaultValue = "0") int page, Model model) {
        boolean keeps = LinkageCommittees.keeps(user);
        Division shown = keeps ? committees.own(user) : committee == null || committee.isBlank() ? null : committees.visible(committee, user);
        model.addAttribute("keeps", keeps);
        model.addAttribute("committee", shown);
        if (!keeps) {
            model.addAttribute("committees", divisions.search("", user.scope(), List.of(Level.COMMITTEE), 500));
        }
        if (shown != null) {
            model.addAttribute("ledger", fund.ledger(shown, page));
            model.addAttribute("base", Links.withFilters("/linkage/funds", "committee", keeps ? null : shown.code()));
            model.addAttribute("projects", projects.ofCommittee(shown));
        }
        model.addAttribute("directions", FundEntryForm.Direction.values());
        model.addAttribute("partyKinds", FundEntryForm.PartyKind.values());
        return "linkage/funds";
    }

    @PostMapping("/linkage/funds")
    @FormPage(value = "/linkage/funds", form = "entry")
    String enter(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute FundEntryForm form, RedirectAttributes redirect) {
        fund.enter(form, user);
        redirect.addFlashAttribute("saved", "已记账：" + form.direction().label() + " " + form.amount().toPlainString() + " 元");
        return "redirect:/linkage/funds";
    }

    @PostMapping("/linkage/funds/entries/{id}/reverse")
    @FormPage(value = "/linkage/funds", form = "reverse-{id}")
    String reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        fund.reverse(id, reason, user);
        redirect.addFlashAttribute("saved", "已冲正第 " + id + " 笔");
        return "redirect:/linkage/funds";
    }
}
