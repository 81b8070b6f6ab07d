package org.linli.services.web;

import jakarta.validation.Valid;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.services.catalogue.ServiceCatalogue;
import org.linli.services.catalogue.ServiceItem;
import org.linli.services.errands.Errand;
import org.linli.services.errands.ErrandAsk;
import org.linli.services.errands.ErrandRatings;
import org.linli.services.errands.ErrandStatus;
import org.linli.services.errands.ErrandWork;
import org.linli.services.errands.Errands;
import org.linli.services.errands.RatingForm;
import org.linli.services.errands.StepForm;
import org.linli.shared.CurrentUser;
import org.linli.shared.Masks;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Errands: the queue (or the resident's own), the form that asks for one, an errand's page with its steps and rating. */
@Controller
class ErrandController {

    private static final int PAGE = 20;

    private final Errands errands;
    private final ErrandWork work;
    private final ErrandRatings ratings;
    private final ServiceCatalogue catalogue;
    private final CommitteeResidents residents;

    ErrandController(Errands errands, ErrandWork work, ErrandRatings ratings, ServiceCatalogue catalogue, CommitteeResidents residents) {
        this.errands = errands;
        this.work = work;
        this.ratings = ratings;
        this.catalogue = catalogue;
        this.residents = residents;
    }

    @GetMapping("/errands")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Errands.Page shown = errands.list(user, status, overdue, q, page, PAGE);
        model.addAttribute("shown", shown);
        model.addAttribute("names", names(shown.errands(), true));
        model.addAttribute("statuses", ErrandStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (shown.total() + PAGE - 1) / PAGE));
        model.addAttribute("resident", user.role() == Role.RESIDENT);
        model.addAttribute("bound", errands.self(user).isPresent());
        return "services/errands";
    }

    @GetMapping("/errands/new")
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam long service, @RequestParam(defaultValue = "") String who,
                Model model) {
        ServiceItem item = catalogue.get(service, user);
        model.addAttribute("service", item);
        model.addAttribute("who", who);
        model.addAttribute("candidates", errands.candidates(user, item, who));
        model.addAttribute("works", Errands.works(user));
        model.addAttribute("self", errands.self(user).orElse(null));
        return "services/errand-form";
    }

    @PostMapping("/errands")
    @FormPage("/errands/new?service={serviceId}")
    String ask(@AuthenticationPrincipal CurrentUser user, @Valid ErrandAsk ask, RedirectAttributes flash) {
        long id = errands.ask(ask, user);
        flash.addFlashAttribute("saved", "代办申请已提交，社区工作者受理后会通知您");
        return "redirect:/errands/" + id;
    }

    @GetMapping("/errands/{id}")
    String errand(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Errand errand = errands.get(id, user);
        ResidentView person = residents.find(List.of(errand.residentId())).stream().findFirst().orElse(null);
        model.addAttribute("errand", errand);
        model.addAttribute("steps", errands.steps(errand));
        model.addAttribute("person", person);
        model.addAttribute("personName", person == null ? "" : (Errands.works(user) || user.role() == Role.RESIDENT
                ? person.name() : Masks.name(person.name())));
        model.addAttribute("works", Errands.works(user) && !errand.status().finished());
        model.addAttribute("mayRate", ErrandRatings.mayRate(user, errand));
        return "services/errand";
    }

    @PostMapping("/errands/{id}/step")
    @FormPage(value = "/errands/{id}", form = "step")
    String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid StepForm form, RedirectAttributes flash) {
        Errand moved = work.step(id, form, user);
        flash.addFlashAttribute("saved", "已记录：" + moved.status().step());
        return "redirect:/errands/" + id;
    }

    @PostMapping("/errands/{id}/rating")
    @FormPage(value = "/errands/{id}", form = "rating")
    String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid RatingForm form, RedirectAttributes flash) {
        ratings.rate(id, form, user);
        flash.addFlashAttribute("saved", "感谢您的评价");
        return "redirect:/errands/" + id;
    }

    /** The residents' names by id, masked on lists, in one query. */
    private Map<Long, String> names(List<Errand> shown, boolean masked) {
        List<Long> ids = shown.stream().map(Errand::residentId).distinct().toList();
        return residents.find(ids).stream().collect(Collectors.toMap(ResidentView::id, r -> masked ? Masks.name(r.name()) : r.name()));
    }
}
