package org.linli.deliberation.web;

import java.util.List;
import java.util.Map;

import org.linli.deliberation.Person;
import org.linli.deliberation.Representatives;
import org.linli.deliberation.RosterRole;
import org.linli.division.Division;
import org.linli.division.Kind;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Sex;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's rosters (representatives, committee members or group representatives), kept by its community workers. */
@Controller
class RepresentativeController {

    private final Representatives representatives;

    RepresentativeController(Representatives representatives) {
        this.representatives = representatives;
    }

    @GetMapping("/representatives")
    String roster(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) RosterRole role,
                  @RequestParam(defaultValue = "") String q, Model model) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new NotFoundException("roster");
        }
        Division committee = representatives.ownCommittee(user);
        Map<?, ?> typed = (Map<?, ?>) model.getAttribute("typed");
        RosterRole shown = role != null ? role : typed.containsKey("role") ? RosterRole.valueOf(typed.get("role").toString())
                : RosterRole.REPRESENTATIVE;
        if (!RosterRole.of(committee.kind()).contains(shown)) {
            throw new NotFoundException("roster " + shown);
        }
        List<Person> roster = representatives.roster(committee, shown);
        model.addAttribute("committee", committee);
        model.addAttribute("role", shown);
        model.addAttribute("roles", RosterRole.of(committee.kind()));
        model.addAttribute("roster", roster);
        model.addAttribute("groups", shown == RosterRole.GROUP_REPRESENTATIVE ? representatives.groups(committee) : Map.of());
        model.addAttribute("women", roster.stream().filter(p -> p.sex() == Sex.FEMALE).count());
        model.addAttribute("village", committee.kind() == Kind.VILLAGERS_COMMITTEE);
        model.addAttribute("q", q);
        model.addAttribute("found", representatives.candidates(committee, q));
        return "deliberation/representatives";
    }

    @PostMapping("/representatives")
    @FormPage("/representatives")
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam long resident,
               @RequestParam(defaultValue = "REPRESENTATIVE") RosterRole role, RedirectAttributes redirect) {
        representatives.add(user, role, resident);
        redirect.addFlashAttribute("saved", "已列入" + role.list());
        return "redirect:/representatives?role=" + role;
    }

    @PostMapping("/representatives/{resident}/remove")
    @FormPage("/representatives")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long resident,
                  @RequestParam(defaultValue = "REPRESENTATIVE") RosterRole role, RedirectAttributes redirect) {
        representatives.remove(user, role, resident);
        redirect.addFlashAttribute("saved", "已移出" + role.list() + "；已召集的会议名册不受影响");
        return "redirect:/representatives?role=" + role;
    }
}
