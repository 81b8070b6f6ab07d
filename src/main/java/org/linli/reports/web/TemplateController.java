package org.linli.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.reports.measures.MeasureCatalogue;
import org.linli.reports.requests.RequestCommittees;
import org.linli.reports.templates.AdmissionForm;
import org.linli.reports.templates.ReportTemplate;
import org.linli.reports.templates.TemplateAdmission;
import org.linli.reports.templates.TemplateEditing;
import org.linli.reports.templates.TemplateForm;
import org.linli.reports.templates.Templates;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.measures.Measure;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Report templates: the district reads them, the owning department designs them and applies for their admission. */
@Controller
class TemplateController {

    private final Templates templates;
    private final TemplateEditing editing;
    private final TemplateAdmission admission;
    private final MeasureCatalogue catalogue;
    private final Departments departments;
    private final RequestCommittees committees;
    private final Clock clock;

    TemplateController(Templates templates, TemplateEditing editing, TemplateAdmission admission, MeasureCatalogue catalogue,
                       Departments departments, RequestCommittees committees, Clock clock) {
        this.templates = templates;
        this.editing = editing;
        this.admission = admission;
        this.catalogue = catalogue;
        this.departments = departments;
        this.committees = committees;
        this.clock = clock;
    }

    @GetMapping("/reports/templates")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<ReportTemplate> list = templates.visible(user);
        Map<Long, String> names = new LinkedHashMap<>();
        list.forEach(t -> names.computeIfAbsent(t.departmentId(), templates::departmentName));
        model.addAttribute("templates", list);
        model.addAttribute("departmentNames", names);
        model.addAttribute("mayDesign", departments.of(user).isPresent());
        return "reports/templates";
    }

    @GetMapping("/reports/templates/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        departments.of(user).orElseThrow(() -> new NotFoundException("department of " + user.username()));
        return page(model, null, TemplateForm.empty(), false);
    }

    @PostMapping("/reports/templates")
    @FormPage("/reports/templates/new")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") TemplateForm form,
                  RedirectAttributes redirect) {
        ReportTemplate created = editing.create(form, user);
        redirect.addFlashAttribute("saved", "已保存报表模板 " + created.name());
        return "redirect:/reports/templates/" + created.id();
    }

    @GetMapping("/reports/templates/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ReportTemplate template = templates.get(id, user);
        boolean owns = templates.owns(template, user);
        model.addAttribute("departmentName", templates.departmentName(template.departmentId()));
        if (owns && template.status().editable()) {
            Division region = regionOf(template);
            model.addAttribute("region", region);
            model.addAttribute("streets", region == null ? List.of() : committees.streets(region.code()).keySet());
            if (model.getAttribute("admission") == null) {
                model.addAttribute("admission", AdmissionForm.empty(region == null ? "" : region.code(), LocalDate.now(clock)));
            }
        }
        return page(model, template, TemplateForm.of(template), owns);
    }

    @PostMapping("/reports/templates/{id}")
    @FormPage(value = "/reports/templates/{id}", form = "template")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") TemplateForm form,
                  RedirectAttributes redirect) {
        ReportTemplate saved = editing.update(id, form, user);
        redirect.addFlashAttribute("saved", "已保存报表模板 " + saved.name());
        return "redirect:/reports/templates/" + id;
    }

    @PostMapping("/reports/templates/{id}/admission")
    @FormPage(value = "/reports/templates/{id}", form = "admission")
    String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                 @Valid @ModelAttribute("admission") AdmissionForm form, RedirectAttributes redirect) {
        long workItem = admission.apply(id, form, user);
        redirect.addFlashAttribute("saved", "已提交准入申请（事项编号 " + workItem + "），等待区级审核");
        return "redirect:/reports/templates/" + id;
    }

    private Division regionOf(ReportTemplate template) {
        String path = template.regionPath();
        String trimmed = path.substring(0, path.length() - 1);
        String code = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return committees.division(code).orElse(null);
    }

    private String page(Model model, ReportTemplate template, TemplateForm form, boolean owns) {
        model.addAttribute("template", template);
        if (model.getAttribute("form") == null) {
            model.addAttribute("form", form);
        }
        model.addAttribute("editable", template == null || (owns && template.status().editable()));
        model.addAttribute("owns", owns);
        Map<String, List<Measure>> groups = new LinkedHashMap<>();
        catalogue.all().forEach(m -> groups.computeIfAbsent(m.group(), g -> new java.util.ArrayList<>()).add(m));
        model.addAttribute("measureGroups", groups);
        return template == null ? "reports/template-form" : "reports/template";
    }
}
