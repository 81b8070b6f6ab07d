package org.linli.gridwork.visits.web;

import java.util.List;

import jakarta.validation.Valid;

import org.linli.casework.Categories;
import org.linli.gridwork.visits.Need;
import org.linli.gridwork.visits.StoredPhoto;
import org.linli.gridwork.visits.TagNames;
import org.linli.gridwork.visits.Visit;
import org.linli.gridwork.visits.VisitForm;
import org.linli.gridwork.visits.Visits;
import org.linli.gridwork.visits.Needs;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a visit (phone-first), a visit's page with its needs, and the household's visits loaded into the registry's page. */
@Controller
class VisitController {

    private final Visits visits;
    private final Needs needs;
    private final Categories categories;
    private final TagNames tagNames;

    VisitController(Visits visits, Needs needs, Categories categories, TagNames tagNames) {
        this.visits = visits;
        this.needs = needs;
        this.categories = categories;
        this.tagNames = tagNames;
    }

    @GetMapping("/visits/residents/{id}/new")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("subject", visits.subject(id, user));
        model.addAttribute("earlier", visits.ofResident(id, user).stream().limit(3).toList());
        model.addAttribute("tagNames", tagNames.all());
        model.addAttribute("ways", Visit.Way.values());
        model.addAttribute("mets", Visit.Met.values());
        model.addAttribute("conditions", Visit.Condition.values());
        model.addAttribute("needKinds", Need.Kind.values());
        model.addAttribute("handlings", Need.Handling.values());
        model.addAttribute("categories", categories.active());
        return "gridwork/visit-new";
    }

    @PostMapping("/visits/residents/{id}/new")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid VisitForm form,
                  RedirectAttributes redirect) {
        long visitId = visits.record(id, form, user);
        redirect.addFlashAttribute("saved", "走访已记录");
        return "redirect:/visits/" + visitId;
    }

    @GetMapping("/visits/{visitId}")
    String visit(@AuthenticationPrincipal CurrentUser user, @PathVariable long visitId, Model model) {
        Visit visit = visits.get(visitId, user);
        model.addAttribute("visit", visit);
        model.addAttribute("subject", visits.subject(visit.residentId(), user));
        model.addAttribute("tagNames", tagNames.all());
        model.addAttribute("categories", categories.active());
        return "gridwork/visit";
    }

    @PostMapping("/visits/{visitId}/needs/{needId}/case")
    @FormPage(value = "/visits/{visitId}", form = "need-{needId}")
    String toCase(@AuthenticationPrincipal CurrentUser user, @PathVariable long visitId, @PathVariable long needId,
                  @RequestParam(defaultValue = "") String category, RedirectAttributes redirect) {
        visits.get(visitId, user);
        needs.toCase(needId, category, user);
        redirect.addFlashAttribute("saved", "已提交为诉求案件，立案后显示案件编号");
        return "redirect:/visits/" + visitId;
    }

    @PostMapping("/visits/{visitId}/needs/{needId}/service")
    @FormPage(value = "/visits/{visitId}", form = "need-{needId}")
    String toService(@AuthenticationPrincipal CurrentUser user, @PathVariable long visitId, @PathVariable long needId,
                     RedirectAttributes redirect) {
        visits.get(visitId, user);
        needs.toService(needId, user);
        redirect.addFlashAttribute("saved", "已记为服务需求");
        return "redirect:/visits/" + visitId;
    }

    @GetMapping("/visits/{visitId}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long visitId, @PathVariable long photoId) {
        StoredPhoto p = visits.photo(visitId, photoId, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(p.data());
    }

    /** The household page's section of visits (the registry's page loads it over htmx; the registry does not know visits). */
    @GetMapping("/visits/households/{id}")
    String household(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        List<Visit> list = visits.ofHousehold(id, user);
        model.addAttribute("visits", list);
        model.addAttribute("tagNames", tagNames.all());
        return "gridwork/visit-household :: section";
    }
}
