package org.linli.emergency.web;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.emergency.network.MemberForm;
import org.linli.emergency.network.MemberRole;
import org.linli.emergency.network.Network;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's emergency network: its members, their duties, masked phones and linked accounts. */
@Controller
class NetworkController {

    private final CommitteePages pages;
    private final Network network;

    NetworkController(CommitteePages pages, Network network) {
        this.pages = pages;
        this.network = network;
    }

    @GetMapping("/emergency/network")
    String network(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee, Model model) {
        Division c = pages.shown(user, committee, model);
        if (c != null) {
            model.addAttribute("members", network.members(c));
            model.addAttribute("roles", MemberRole.values());
        }
        return "emergency/network";
    }

    @PostMapping("/emergency/network")
    @FormPage("/emergency/network")
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee, @Valid MemberForm form,
               RedirectAttributes redirect) {
        Division c = pages.posted(user, committee);
        network.add(c, form, user);
        redirect.addFlashAttribute("saved", "已加入应急网络");
        return "redirect:/emergency/network?committee=" + c.id();
    }

    @PostMapping("/emergency/network/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee, @PathVariable long id,
                  RedirectAttributes redirect) {
        Division c = pages.posted(user, committee);
        network.remove(c, id);
        redirect.addFlashAttribute("saved", "已移出应急网络");
        return "redirect:/emergency/network?committee=" + c.id();
    }
}
