package org.linli.workitems.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.linli.workitems.lists.EntryForm;
import org.linli.workitems.lists.ListKind;
import org.linli.workitems.lists.Publication;
import org.linli.workitems.lists.WorkListEditing;
import org.linli.workitems.lists.WorkLists;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The district's four lists: the list of lists, each list with its versions, and the draft its administrators edit. */
@Controller
class WorkListController {

    private final WorkLists lists;
    private final WorkListEditing editing;
    private final Clock clock;

    WorkListController(WorkLists lists, WorkListEditing editing, Clock clock) {
        this.lists = lists;
        this.editing = editing;
        this.clock = clock;
    }

    static ListKind kind(String slug) {
        return ListKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("work list " + slug));
    }

    @GetMapping("/worklists")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        String district = lists.districtOf(user);
        model.addAttribute("lists", lists.overview(district));
        model.addAttribute("districtName", lists.districtName(district));
        model.addAttribute("districtCode", code(district));
        model.addAttribute("editable", WorkLists.editableBy(user, district));
        return "workitems/lists";
    }

    @GetMapping("/worklists/{slug}")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
                @RequestParam(required = false) Integer version, Model model) {
        var view = lists.view(user, kind(slug), version);
        model.addAttribute("view", view);
        model.addAttribute("districtCode", code(view.districtPath()));
        model.addAttribute("defaultFrom", LocalDate.now(clock).plusDays(1));
        return "workitems/lists-detail";
    }

    @PostMapping("/worklists/{slug}/draft")
    String draft(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug) {
        editing.draft(kind(slug), user);
        return "redirect:/worklists/" + slug + "#draft";
    }

    @PostMapping("/worklists/{slug}/entries")
    @FormPage(value = "/worklists/{slug}", form = "entry-new")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @Valid EntryForm entry,
               RedirectAttributes redirect) {
        editing.addEntry(kind(slug), entry, user);
        redirect.addFlashAttribute("saved", "已添加：" + entry.title().strip());
        return "redirect:/worklists/" + slug + "#draft";
    }

    @PostMapping("/worklists/{slug}/entries/{entryId}")
    @FormPage(value = "/worklists/{slug}", form = "entry-{entryId}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @PathVariable long entryId,
                @Valid EntryForm entry, RedirectAttributes redirect) {
        editing.editEntry(kind(slug), entryId, entry, user);
        redirect.addFlashAttribute("saved", "已保存：" + entry.title().strip());
        return "redirect:/worklists/" + slug + "#draft";
    }

    @PostMapping("/worklists/{slug}/entries/{entryId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @PathVariable long entryId) {
        editing.deleteEntry(kind(slug), entryId, user);
        return "redirect:/worklists/" + slug + "#draft";
    }

    @PostMapping("/worklists/{slug}/entries/{entryId}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @PathVariable long entryId,
                @RequestParam int by) {
        editing.move(kind(slug), entryId, by, user);
        return "redirect:/worklists/" + slug + "#draft";
    }

    @PostMapping("/worklists/{slug}/publish")
    @FormPage(value = "/worklists/{slug}", form = "publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @Valid Publication publication,
                   RedirectAttributes redirect) {
        var published = editing.publish(kind(slug), publication, user);
        redirect.addFlashAttribute("saved", "第 %d 版已发布，%s 起施行".formatted(published.version(), published.effectiveFrom()));
        return "redirect:/worklists/" + slug;
    }

    /** The district's code, the last part of its path, for the public page's address. */
    static String code(String districtPath) {
        String trimmed = districtPath.substring(0, districtPath.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
