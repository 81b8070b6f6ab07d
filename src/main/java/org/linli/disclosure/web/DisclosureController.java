package org.linli.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.disclosure.Compliance;
import org.linli.disclosure.Disclosures;
import org.linli.disclosure.Gap;
import org.linli.disclosure.Item;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The disclosure board: committees post, streets and the district see what is missing, and anyone
 * reads a committee's board without signing in (and prints it for the physical notice board).
 */
@Controller
class DisclosureController {

    private final Disclosures disclosures;
    private final Compliance compliance;
    private final Divisions divisions;
    private final Clock clock;

    DisclosureController(Disclosures disclosures, Compliance compliance, Divisions divisions, Clock clock) {
        this.disclosures = disclosures;
        this.compliance = compliance;
        this.divisions = divisions;
        this.clock = clock;
    }

    @GetMapping("/disclosure")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow();
        if (node.level() == Level.COMMITTEE) {
            return "redirect:/disclosure/" + node.code();
        }
        List<Gap> gaps = compliance.gaps(user.scope(), LocalDate.now(clock));
        model.addAttribute("gaps", gaps);
        model.addAttribute("overdue", gaps.stream().filter(Gap::overdue).count());
        return "disclosure/compliance";
    }

    @GetMapping("/disclosure/{code}")
    String board(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        Division committee = disclosures.committee(code, user.scope());
        LocalDate today = LocalDate.now(clock);
        List<Item> items = disclosures.catalogue(committee);
        Map<Long, List<String>> periods = new LinkedHashMap<>();
        items.forEach(i -> periods.put(i.id(), disclosures.periodChoices(committee, i, today)));
        model.addAttribute("committee", committee);
        model.addAttribute("items", items);
        model.addAttribute("periods", periods);
        model.addAttribute("gaps", compliance.gaps(new DataScope(committee.path()), today));
        model.addAttribute("resolutions", disclosures.unposted(committee));
        model.addAttribute("postings", disclosures.history(committee, 50));
        model.addAttribute("mayPost", user.role() != Role.GRID_WORKER && user.role() != Role.DEPARTMENT_STAFF);
        return "disclosure/board";
    }

    @GetMapping("/public/disclosure/{code}")
    String publicBoard(@PathVariable String code, Model model) {
        Division committee = disclosures.publicCommittee(code);
        model.addAttribute("committee", committee);
        model.addAttribute("postings", disclosures.onDisplay(committee, LocalDate.now(clock)));
        return "disclosure/public";
    }
}
