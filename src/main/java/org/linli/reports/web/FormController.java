package org.linli.reports.web;

import java.util.List;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.reports.forms.Approvals;
import org.linli.reports.forms.FormEntry;
import org.linli.reports.forms.FormValue;
import org.linli.reports.forms.Forms;
import org.linli.reports.forms.Filling;
import org.linli.reports.forms.ReportForm;
import org.linli.reports.forms.SendBack;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** RequestCommittees' forms: the committee checks, corrects and submits; the street and the district approve or send back. */
@Controller
class FormController {

    private final Forms forms;
    private final Filling filling;
    private final Approvals approvals;
    private final PlaceNames placeNames;

    FormController(Forms forms, Filling filling, Approvals approvals, PlaceNames placeNames) {
        this.forms = forms;
        this.filling = filling;
        this.approvals = approvals;
        this.placeNames = placeNames;
    }

    @GetMapping("/reports/forms")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<ReportForm> list = forms.visible(user);
        model.addAttribute("forms", list);
        model.addAttribute("places", placeNames.labels(list.stream().map(ReportForm::committeePath).distinct().toList()));
        return "reports/forms";
    }

    @GetMapping("/reports/forms/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ReportForm form = forms.get(id, user);
        List<FormValue> values = forms.values(form);
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("steps", forms.steps(form));
        model.addAttribute("place", placeNames.labels(List.of(form.committeePath())).get(form.committeePath()));
        model.addAttribute("fills", Forms.fills(form, user) && form.status().open());
        model.addAttribute("approves", Forms.approves(form, user));
        return "reports/form";
    }

    @PostMapping("/reports/forms/{id}")
    @FormPage(value = "/reports/forms/{id}", form = "entry")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("entry") FormEntry entry,
                RedirectAttributes redirect) {
        filling.save(id, entry, user);
        redirect.addFlashAttribute("saved", "已保存");
        return "redirect:/reports/forms/" + id;
    }

    @PostMapping("/reports/forms/{id}/submit")
    @FormPage(value = "/reports/forms/{id}", form = "entry")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("entry") FormEntry entry,
                  RedirectAttributes redirect) {
        filling.submit(id, entry, user);
        redirect.addFlashAttribute("saved", "已提交，等待街道审核");
        return "redirect:/reports/forms/" + id;
    }

    @PostMapping("/reports/forms/{id}/approve")
    @FormPage(value = "/reports/forms/{id}", form = "approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        ReportForm form = approvals.approve(id, user);
        redirect.addFlashAttribute("saved", form.status().label());
        return "redirect:/reports/forms/" + id;
    }

    @PostMapping("/reports/forms/{id}/return")
    @FormPage(value = "/reports/forms/{id}", form = "return")
    String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("sendBack") SendBack command,
                    RedirectAttributes redirect) {
        approvals.sendBack(id, command, user);
        redirect.addFlashAttribute("saved", "已退回社区");
        return "redirect:/reports/forms/" + id;
    }
}
