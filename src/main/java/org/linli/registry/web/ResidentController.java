package org.linli.registry.web;

import org.linli.registry.RegistryRejected;
import org.linli.registry.ResidentView;
import org.linli.registry.ResidentTags;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Search residents, open one, reveal an identifier (audited), change the phone number. */
@Controller
class ResidentController {

    private static final int PAGE = 20;

    private final Residents residents;
    private final ResidentTags tags;
    private final org.linli.registry.Dwellings dwellings;

    ResidentController(Residents residents, ResidentTags tags, org.linli.registry.Dwellings dwellings) {
        this.residents = residents;
        this.tags = tags;
        this.dwellings = dwellings;
    }

    @GetMapping("/residents")
    String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        Residents.SearchResult result = residents.search(user.scope(), q, Math.max(0, page), PAGE);
        model.addAttribute("q", result.kind().isIdentifier() ? "" : q);
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
    String searchPosted(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q, Model model) {
        if (Residents.kindOf(q).isIdentifier()) {
            return search(user, q, 0, model);
        }
        return "redirect:/residents?q=" + java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/residents/{id}")
    String resident(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return page(user, residents.get(id, user.scope()), model);
    }

    @PostMapping("/residents/{id}/reveal")
    String reveal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @RequestParam Residents.Identifier what, Model model) {
        model.addAttribute("value", residents.reveal(id, what, user));
        return "registry/resident :: revealed";
    }

    @PostMapping("/residents/{id}/phone")
    String changePhone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String phone,
                       Model model, RedirectAttributes redirect) {
        try {
            residents.changePhone(id, phone, user.scope());
        } catch (RegistryRejected e) {
            model.addAttribute("phoneError", e.getMessage());
            model.addAttribute("typedPhone", phone);
            return page(user, residents.get(id, user.scope()), model);
        }
        redirect.addFlashAttribute("saved", "手机号已更新");
        return "redirect:/residents/" + id;
    }

    @PostMapping("/residents/{id}/status")
    String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                        @RequestParam(required = false) org.linli.registry.LivingStatus status,
                        @RequestParam(required = false) String on, Model model, RedirectAttributes redirect) {
        try {
            java.time.LocalDate date;
            try {
                date = on == null || on.isBlank() ? null : java.time.LocalDate.parse(on);
            } catch (java.time.format.DateTimeParseException e) {
                throw new RegistryRejected("on", "日期格式应为 2026-11-23");
            }
            residents.changeStatus(id, status, date, user.scope());
        } catch (RegistryRejected e) {
            model.addAttribute("statusError", e.getMessage());
            return page(user, residents.get(id, user.scope()), model);
        }
        redirect.addFlashAttribute("saved", "居住状态已更新");
        return "redirect:/residents/" + id;
    }

    @PostMapping("/residents/{id}/tags")
    String addTag(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String tag,
                  @RequestParam(required = false) String since, @RequestParam(defaultValue = "") String detail,
                  Model model, RedirectAttributes redirect) {
        try {
            java.time.LocalDate sinceDate;
            try {
                sinceDate = since == null || since.isBlank() ? null : java.time.LocalDate.parse(since);
            } catch (java.time.format.DateTimeParseException e) {
                throw new RegistryRejected("since", "开始日期格式应为 2026-11-23");
            }
            tags.add(id, tag, sinceDate, detail, user);
        } catch (RegistryRejected e) {
            model.addAttribute("tagError", e.getMessage());
            model.addAttribute("typedTag", tag);
            model.addAttribute("typedSince", since);
            model.addAttribute("typedDetail", detail);
            return page(user, residents.get(id, user.scope()), model);
        }
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

    @GetMapping("/households/{id}")
    String household(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("members", residents.household(id, user.scope()));
        model.addAttribute("householdId", id);
        model.addAttribute("dwelling", dwellings.ofHousehold(id, user.scope()));
        model.addAttribute("dwellingHistory", dwellings.history(id, user.scope()));
        model.addAttribute("memberHistory", residents.householdHistory(id, user.scope()));
        model.addAttribute("uses", org.linli.registry.DwellingUse.values());
        model.addAttribute("tenures", org.linli.registry.Tenure.values());
        return "registry/household";
    }

    @PostMapping("/households/{id}/dwelling")
    String updateDwelling(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                          @RequestParam(required = false) org.linli.registry.DwellingUse use,
                          @RequestParam(defaultValue = "") String floorArea,
                          @RequestParam(required = false) org.linli.registry.Tenure tenure,
                          Model model, RedirectAttributes redirect) {
        try {
            java.math.BigDecimal area;
            try {
                area = floorArea.isBlank() ? null : new java.math.BigDecimal(floorArea.strip());
            } catch (NumberFormatException e) {
                throw new RegistryRejected("floorArea", "建筑面积应为数字，如 86.5");
            }
            dwellings.update(id, use, area, tenure, user.scope());
        } catch (RegistryRejected e) {
            model.addAttribute("dwellingError", e.getMessage());
            model.addAttribute("typedArea", floorArea);
            return household(user, id, model);
        }
        redirect.addFlashAttribute("saved", "房屋信息已保存");
        return "redirect:/households/" + id;
    }

    private String page(CurrentUser user, ResidentView resident, Model model) {
        model.addAttribute("r", resident);
        model.addAttribute("members", residents.household(resident.householdId(), user.scope()));
        model.addAttribute("history", residents.history(resident.id(), user.scope()));
        model.addAttribute("mayReveal", user.role().mayReveal());
        model.addAttribute("tags", tags.of(resident.id(), user));
        model.addAttribute("statuses", org.linli.registry.LivingStatus.values());
        model.addAttribute("catalogue", tags.catalogue(user));
        return "registry/resident";
    }
}
