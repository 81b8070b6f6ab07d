package org.linli.volunteers.web;

import jakarta.validation.Valid;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.linli.volunteers.internal.JoinVolunteers;
import org.linli.volunteers.internal.Records;
import org.linli.volunteers.internal.RegisterVolunteer;
import org.linli.volunteers.internal.VolunteerRegistration;
import org.linli.volunteers.internal.VolunteerRoster;
import org.linli.volunteers.internal.Skill;
import org.linli.volunteers.internal.SpendHours;
import org.linli.volunteers.internal.TimeBank;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's volunteers (staff), one volunteer's record and time bank, and the resident's own record. */
@Controller
class VolunteerController {

    static final int PAGE = 20;

    private final VolunteerRoster roster;
    private final VolunteerRegistration registration;
    private final Records records;
    private final TimeBank bank;

    VolunteerController(VolunteerRoster roster, VolunteerRegistration registration, Records records, TimeBank bank) {
        this.roster = roster;
        this.registration = registration;
        this.records = records;
        this.bank = bank;
    }

    @GetMapping("/volunteers")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String skill,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        VolunteerRoster.Filter filter = new VolunteerRoster.Filter(skill, name, status);
        int shown = Math.max(0, Math.min(page, 100_000));
        VolunteerRoster.Page found = roster.list(user, filter, shown, PAGE);
        model.addAttribute("filter", filter);
        model.addAttribute("volunteers", found.volunteers());
        model.addAttribute("total", found.total());
        model.addAttribute("page", shown);
        model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE - 1) / PAGE));
        model.addAttribute("skills", Skill.all());
        model.addAttribute("mayRegister", user.role().name().equals("COMMUNITY_WORKER") || user.role().name().equals("GRID_WORKER"));
        model.addAttribute("base", "/volunteers?skill=" + filter.skill() + "&status=" + filter.status() + "&name="
                + java.net.URLEncoder.encode(filter.name(), java.nio.charset.StandardCharsets.UTF_8));
        return "volunteers/list";
    }

    @PostMapping("/volunteers")
    @FormPage("/volunteers")
    String register(@AuthenticationPrincipal CurrentUser user, @Valid RegisterVolunteer typed, RedirectAttributes redirect) {
        long id = registration.register(user, typed);
        redirect.addFlashAttribute("saved", "志愿者已登记");
        return "redirect:/volunteers/" + id;
    }

    @GetMapping("/volunteers/{id}")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("record", records.of(user, id));
        model.addAttribute("mayRegister", user.role().name().equals("COMMUNITY_WORKER") || user.role().name().equals("GRID_WORKER"));
        return "volunteers/record";
    }

    @PostMapping("/volunteers/{id}/spend")
    @FormPage("/volunteers/{id}")
    String spend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid SpendHours typed, RedirectAttributes redirect) {
        bank.spend(user, id, typed);
        redirect.addFlashAttribute("saved", "已记录时间银行兑换");
        return "redirect:/volunteers/" + id;
    }

    @GetMapping("/volunteers/me")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("record", records.mine(user).orElse(null));
        model.addAttribute("skills", Skill.all());
        return "volunteers/me";
    }

    @PostMapping("/volunteers/me")
    @FormPage("/volunteers/me")
    String join(@AuthenticationPrincipal CurrentUser user, JoinVolunteers typed, RedirectAttributes redirect) {
        registration.join(user, typed);
        redirect.addFlashAttribute("saved", "已注册为志愿者");
        return "redirect:/volunteers/me";
    }

    /** The certificate of hours to print: the certified activities and their total. */
    @GetMapping("/volunteers/me/certificate")
    String certificate(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("record", records.mine(user).orElseThrow(() -> new NotFoundException("no volunteer record")));
        return "volunteers/certificate";
    }
}
