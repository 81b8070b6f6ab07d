package org.linli.services.web;

import jakarta.validation.Valid;

import org.linli.division.Division;
import org.linli.services.catalogue.ServiceCatalogue;
import org.linli.services.catalogue.ServiceCommittees;
import org.linli.services.catalogue.Facilities;
import org.linli.services.catalogue.ServiceForm;
import org.linli.services.catalogue.ServiceItem;
import org.linli.services.errands.Errands;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The service catalogue: a committee's services, one service, and the keepers' forms. */
@Controller
class ServiceCatalogueController {

    static final int PAGE = 20;

    private final ServiceCatalogue catalogue;
    private final ServiceCommittees committees;
    private final Facilities facilities;

    ServiceCatalogueController(ServiceCatalogue catalogue, ServiceCommittees committees, Facilities facilities) {
        this.catalogue = catalogue;
        this.committees = committees;
        this.facilities = facilities;
    }

    @GetMapping("/services")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean retired,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Division shown = committees.chosen(user, committee);
        boolean keeps = ServiceCommittees.keeps(user, shown);
        var listed = catalogue.of(shown, q, retired && keeps, page, PAGE);
        model.addAttribute("committee", shown);
        model.addAttribute("choices", committees.choices(user));
        model.addAttribute("listed", listed);
        model.addAttribute("q", q);
        model.addAttribute("retired", retired && keeps);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (listed.total() + PAGE - 1) / PAGE));
        model.addAttribute("keeps", keeps);
        return "services/catalogue";
    }

    @GetMapping("/services/{id}")
    String service(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ServiceItem service = catalogue.get(id, user);
        model.addAttribute("service", service);
        model.addAttribute("facility", service.facilityId() == null ? null : facilities.get(service.facilityId(), user));
        model.addAttribute("keeps", ServiceCommittees.keeps(user, service.committeePath()));
        model.addAttribute("asks", service.errand() && !service.retired()
                && (Errands.works(user) || user.role() == org.linli.shared.Role.RESIDENT));
        return "services/service";
    }

    @GetMapping("/services/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        Division committee = committees.own(user).filter(c -> ServiceCommittees.keeps(user, c))
                .orElseThrow(() -> new NotFoundException("catalogue form"));
        return form(committee.path(), null, model);
    }

    @GetMapping("/services/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ServiceItem service = catalogue.get(id, user);
        if (!ServiceCommittees.keeps(user, service.committeePath())) {
            throw new NotFoundException("catalogue form");
        }
        return form(service.committeePath(), service, model);
    }

    private String form(String committeePath, ServiceItem service, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("facilities", facilities.of(committeePath, false));
        return "services/service-form";
    }

    @PostMapping("/services")
    @FormPage("/services/new")
    String add(@AuthenticationPrincipal CurrentUser user, @Valid ServiceForm form, RedirectAttributes flash) {
        Division committee = committees.own(user).filter(c -> ServiceCommittees.keeps(user, c))
                .orElseThrow(() -> new NotFoundException("catalogue form"));
        long id = catalogue.add(committee, form, user);
        flash.addFlashAttribute("saved", "服务已加入目录");
        return "redirect:/services/" + id;
    }

    @PostMapping("/services/{id}")
    @FormPage("/services/{id}/edit")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ServiceForm form, RedirectAttributes flash) {
        if (!ServiceCommittees.keeps(user, catalogue.get(id, user).committeePath())) {
            throw new NotFoundException("catalogue form");
        }
        catalogue.change(id, form, user);
        flash.addFlashAttribute("saved", "服务已修改");
        return "redirect:/services/" + id;
    }

    @PostMapping("/services/{id}/retire")
    @FormPage("/services/{id}")
    String retire(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        catalogue.retire(id, user);
        flash.addFlashAttribute("saved", "服务已停止，不再列入目录");
        return "redirect:/services/" + id;
    }
}
