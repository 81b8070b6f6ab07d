package org.linli.registry.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentTags;
import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.registry.internal.ResidentChanges;
import org.linli.registry.internal.ResidentChanges.PhoneChange;
import org.linli.registry.internal.ResidentChanges.StatusChange;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Search residents, open one, reveal an identifier (audited), change the phone number, the
 * living status and the tags. A refused change comes back on the resident's page (RegistryRefusals).
 */
@Controller
class ResidentController {

    private static final int PAGE = 20;

    private final Residents residents;
    private final ResidentChanges changes;
    private final ResidentTags tags;

    ResidentController(Residents residents, ResidentChanges changes, ResidentTags tags) {
        this.residents = residents;
        this.changes = changes;
        this.tags = tags;
    }

    @GetMapping("/residents")
    String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                  @ModelAttribute("filter") FilterForm filter,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        // Shown again after a refused search or filter (RegistryRefusals): the refusal, and no search.
        boolean refused = model.containsAttribute("refusal") || !Forms.errors(model).isEmpty();
        Residents.SearchResult result = refused
                ? new Residents.SearchResult(java.util.List.of(), 0, Residents.kindOf(q))
                : residents.search(user, q, filter.filter(), Math.max(0, page), PAGE);
        model.addAttribute("q", result.kind().isIdentifier() ? "" : q);
        model.addAttribute("tags", tags.catalogue(user));
        model.addAttribute("statuses", LivingStatus.values());
        // The export repeats the search; searches for one whole identifier (one person) offer none.
        model.addAttribute("exportQuery", result.kind().isIdentifier() ? null : q);
        model.addAttribute("mayReveal", user.role().mayReveal());
        model.addAttribute("result", result);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE - 1) / PAGE));
        return "registry/residents";
    }

    /**
     * The search form posts, so that a whole ID or phone number never lands in a URL (history,
     * proxies, access logs); other searches are redirected to a bookmarkable, pageable URL.
     */
    @PostMapping("/residents")
    @FormPage("/residents")
    String searchPosted(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                        @ModelAttribute("filter") FilterForm filter, Model model) {
        if (Residents.kindOf(q).isIdentifier()) {
            return search(user, q, filter, 0, model);
        }
        return "redirect:/residents?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8) + filter.query();
    }

    @GetMapping("/residents/{id}")
    String resident(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ResidentView resident = residents.get(id, user.scope());
        model.addAttribute("r", resident);
        model.addAttribute("members", residents.household(resident.householdId(), user.scope()));
        model.addAttribute("history", residents.history(resident.id(), user));
        model.addAttribute("mayReveal", user.role().mayReveal());
        model.addAttribute("tags", tags.of(resident.id(), user));
        model.addAttribute("statuses", LivingStatus.values());
        model.addAttribute("catalogue", tags.catalogue(user));
        return "registry/resident";
    }

    @PostMapping("/residents/{id}/reveal")
    String reveal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @RequestParam Residents.Identifier what, Model model) {
        model.addAttribute("value", residents.reveal(id, what, user));
        return "registry/resident :: revealed";
    }

    @PostMapping("/residents/{id}/phone")
    @FormPage(value = "/residents/{id}", form = "phone")
    String changePhone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                       @ModelAttribute("phoneChange") PhoneChange change, RedirectAttributes redirect) {
        changes.changePhone(id, change, user.scope());
        redirect.addFlashAttribute("saved", "手机号已更新");
        return "redirect:/residents/" + id;
    }

    @PostMapping("/residents/{id}/status")
    @FormPage(value = "/residents/{id}", form = "status")
    String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                        @Valid @ModelAttribute("statusChange") StatusChange change, BindingResult errors,
                        RedirectAttributes redirect) throws BindException {
        residents.get(id, user.scope());
        Forms.requireValid(errors);
        changes.changeStatus(id, change, user);
        redirect.addFlashAttribute("saved", "居住状态已更新");
        return "redirect:/residents/" + id;
    }

    @PostMapping("/residents/{id}/tags")
    @FormPage(value = "/residents/{id}", form = "tag")
    String addTag(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @Valid @ModelAttribute("assignment") ResidentTags.Assignment assignment, BindingResult errors,
                  RedirectAttributes redirect) throws BindException {
        residents.get(id, user.scope());
        Forms.requireValid(errors);
        tags.add(id, assignment, user);
        redirect.addFlashAttribute("saved", "标签已添加");
        return "redirect:/residents/" + id;
    }

    @PostMapping("/residents/{id}/tags/{tagId}/end")
    String endTag(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long tagId,
                  RedirectAttributes redirect) {
        tags.end(id, tagId, user);
        redirect.addFlashAttribute("saved", "标签已结束，记录保留");
        return "redirect:/residents/" + id;
    }
}
