package org.linli.deliberation.web;

import org.linli.deliberation.Representatives;
import org.linli.deliberation.TopicRejected;
import org.linli.deliberation.Topics;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's roster of representatives, kept by its community workers. */
@Controller
class RepresentativeController {

    private final Representatives representatives;
    private final Topics topics;

    RepresentativeController(Representatives representatives, Topics topics) {
        this.representatives = representatives;
        this.topics = topics;
    }

    @GetMapping("/representatives")
    String roster(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q, Model model) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw new NotFoundException("roster");
        }
        Division committee = topics.committeeOf(user);
        model.addAttribute("committee", committee);
        java.util.List<org.linli.deliberation.Person> roster = representatives.roster(committee);
        model.addAttribute("roster", roster);
        model.addAttribute("women", roster.stream().filter(p -> p.sex() == org.linli.shared.Sex.FEMALE).count());
        model.addAttribute("village", committee.kind() == org.linli.division.Kind.VILLAGERS_COMMITTEE);
        model.addAttribute("q", q);
        model.addAttribute("found", representatives.candidates(committee, q));
        return "deliberation/representatives";
    }

    @PostMapping("/representatives")
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam long resident, RedirectAttributes redirect) {
        try {
            representatives.add(user, resident);
            redirect.addFlashAttribute("saved", "已列入代表名册");
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/representatives";
    }

    @PostMapping("/representatives/{resident}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long resident, RedirectAttributes redirect) {
        try {
            representatives.remove(user, resident);
            redirect.addFlashAttribute("saved", "已移出代表名册；已召集的会议名册不受影响");
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/representatives";
    }
}
