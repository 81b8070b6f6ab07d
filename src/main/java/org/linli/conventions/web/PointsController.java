package org.linli.conventions.web;

import jakarta.validation.Valid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.linli.conventions.points.AwardForm;
import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.EntryFilter;
import org.linli.conventions.points.Households;
import org.linli.conventions.points.PointsEntry;
import org.linli.conventions.points.PointsLog;
import org.linli.conventions.points.PointsRules;
import org.linli.conventions.points.ReasonForm;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's points log (积分台账): entries filtered and paged, the households' ranking, a household's points. */
@Controller
class PointsController {

    static final int PAGE = 20;

    private final PointsLog log;
    private final PointsRules rules;
    private final Households households;

    PointsController(PointsLog log, PointsRules rules, Households households) {
        this.log = log;
        this.rules = rules;
        this.households = households;
    }

    @GetMapping("/points")
    String index(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long household,
                 @RequestParam(required = false) Long rule,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int rankPage, Model model) {
        if (user.role() == Role.RESIDENT) {
            return "redirect:/points/mine";
        }
        EntryFilter filter = new EntryFilter(household, rule, from, to);
        PointsLog.Page entries = log.page(user, filter, page, PAGE);
        LocalDate rankFrom = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate rankTo = to == null ? LocalDate.of(9999, 12, 31) : to;
        PointsLog.Ranking ranking = log.ranking(user, rankFrom, rankTo, rankPage, 10);
        List<Long> ids = new ArrayList<>(entries.entries().stream().map(PointsEntry::householdId).toList());
        ids.addAll(ranking.rows().stream().map(PointsLog.Ranked::householdId).toList());
        model.addAttribute("entries", entries);
        model.addAttribute("ranking", ranking);
        model.addAttribute("households", households.named(ids));
        model.addAttribute("rules", rules.list(user));
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (entries.total() + PAGE - 1) / PAGE));
        model.addAttribute("rankPage", rankPage);
        model.addAttribute("rankPages", Math.max(1, (ranking.total() + 9) / 10));
        model.addAttribute("query", query(filter));
        model.addAttribute("records", CommitteeOf.records(user));
        return "conventions/points";
    }

    static String query(EntryFilter f) {
        StringBuilder q = new StringBuilder("?");
        if (f.household() != null) {
            q.append("household=").append(f.household()).append('&');
        }
        if (f.rule() != null) {
            q.append("rule=").append(f.rule()).append('&');
        }
        if (f.from() != null) {
            q.append("from=").append(f.from()).append('&');
        }
        if (f.to() != null) {
            q.append("to=").append(f.to()).append('&');
        }
        return q.substring(0, q.length() - 1);
    }

    @GetMapping("/points/households/{id}")
    String household(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        PointsLog.HouseholdPoints points = log.household(id, user);
        model.addAttribute("points", points);
        model.addAttribute("household", households.named(List.of(id)).get(id));
        model.addAttribute("records", CommitteeOf.records(user));
        return "conventions/household";
    }

    @PostMapping("/points/households/{household}/entries/{id}/withdraw")
    @FormPage(value = "/points/households/{household}", form = "withdraw-{id}")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long household, @PathVariable long id,
                    @Valid ReasonForm form) {
        log.withdraw(id, form, user);
        return "redirect:/points/households/" + household;
    }

    @PostMapping("/points/entries")
    @FormPage("/points/award?residentId={residentId}")
    String award(@AuthenticationPrincipal CurrentUser user, @Valid AwardForm form) {
        long id = log.award(form, user);
        return "redirect:/points/households/" + log.entry(id, user).householdId();
    }
}
