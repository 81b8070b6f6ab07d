package org.linli.conventions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.Households;
import org.linli.conventions.stars.StarHousehold;
import org.linli.conventions.stars.Stars;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Star civilised households: the year's candidates, the committee's confirmation, the published list. */
@Controller
class StarController {

    private final Stars stars;
    private final Households households;
    private final Clock clock;

    StarController(Stars stars, Households households, Clock clock) {
        this.stars = stars;
        this.households = households;
        this.clock = clock;
    }

    @GetMapping("/points/stars")
    String stars(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null || year < 2000 || year > thisYear ? thisYear - 1 : year;
        List<StarHousehold> published = stars.published(user, shown);
        boolean resident = user.role() == Role.RESIDENT;
        var candidates = resident || stars.confirmed(user, shown) ? List.<Stars.Candidate>of() : stars.candidates(user, shown);
        List<Long> ids = new ArrayList<>(published.stream().map(StarHousehold::householdId).toList());
        ids.addAll(candidates.stream().map(Stars.Candidate::householdId).toList());
        model.addAttribute("year", shown);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 5, thisYear).boxed().toList().reversed());
        model.addAttribute("published", published);
        model.addAttribute("candidates", candidates);
        model.addAttribute("households", households.named(ids));
        model.addAttribute("resident", resident);
        model.addAttribute("records", CommitteeOf.records(user) && shown < thisYear);
        return "conventions/stars";
    }

    @PostMapping("/points/stars/{year}/confirm")
    @FormPage("/points/stars?year={year}")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
                   @RequestParam(name = "household", required = false) List<Long> chosen) {
        stars.confirm(year, chosen == null ? List.of() : chosen, user);
        return "redirect:/points/stars?year=" + year;
    }
}
