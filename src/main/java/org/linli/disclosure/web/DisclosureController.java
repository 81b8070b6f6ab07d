package org.linli.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.disclosure.Disclosures;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The disclosure board: committees post, streets and the district see what is missing, and anyone
 * reads a committee's board without signing in (and prints it for the physical notice board).
 */
@Controller
class DisclosureController {

    private final Disclosures disclosures;
    private final Divisions divisions;
    private final Clock clock;

    DisclosureController(Disclosures disclosures, Divisions divisions, Clock clock) {
        this.clock = clock;
        this.disclosures = disclosures;
        this.divisions = divisions;
    }

    @GetMapping("/disclosure")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow();
        if (node.level() == Level.COMMITTEE) {
            return "redirect:/disclosure/" + node.code();
        }
        LocalDate today = LocalDate.now(clock);
        List<Disclosures.Gap> gaps = disclosures.gaps(user.scope(), today);
        model.addAttribute("gaps", gaps);
        model.addAttribute("overdue", gaps.stream().filter(Disclosures.Gap::overdue).count());
        model.addAttribute("committees", divisions.search("", user.scope(), List.of(Level.COMMITTEE), 5000));
        model.addAttribute("today", today);
        return "disclosure/compliance";
    }

    @GetMapping("/disclosure/{code}")
    String board(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        return board(user, code, model, Map.of(), Map.of());
    }

    @PostMapping("/disclosure/{code}")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        Division committee = disclosures.committee(code, user.scope());
        if (user.role() != Role.COMMUNITY_WORKER && user.role() != Role.STREET_STAFF && user.role() != Role.DISTRICT_ADMIN) {
            throw new org.linli.shared.NotFoundException("disclosure");
        }
        Map<String, String> errors = disclosures.publish(committee, form, user);
        if (!errors.isEmpty()) {
            return board(user, code, model, form, errors);
        }
        redirect.addFlashAttribute("saved", "已公开，公示期内居民可在公开栏查看");
        return "redirect:/disclosure/" + code;
    }

    @GetMapping("/public/disclosure/{code}")
    String publicBoard(@PathVariable String code, Model model) {
        Division committee = disclosures.publicCommittee(code);
        model.addAttribute("committee", committee);
        model.addAttribute("postings", disclosures.onDisplay(committee, LocalDate.now(clock)));
        model.addAttribute("today", LocalDate.now(clock));
        return "disclosure/public";
    }

    private String board(CurrentUser user, String code, Model model, Map<String, String> typed, Map<String, String> errors) {
        Division committee = disclosures.committee(code, user.scope());
        LocalDate today = LocalDate.now(clock);
        List<Disclosures.Item> items = disclosures.catalogue(committee);
        Map<Long, List<String>> periods = new LinkedHashMap<>();
        items.forEach(i -> periods.put(i.id(), disclosures.periodChoices(i, today)));
        model.addAttribute("committee", committee);
        model.addAttribute("items", items);
        model.addAttribute("periods", periods);
        model.addAttribute("gaps", disclosures.gaps(new org.linli.shared.DataScope(committee.path()), today));
        model.addAttribute("postings", disclosures.history(committee, 50));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("mayPost", user.role() != Role.GRID_WORKER && user.role() != Role.DEPARTMENT_STAFF);
        return "disclosure/board";
    }
}
