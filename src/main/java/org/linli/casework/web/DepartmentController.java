package org.linli.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.casework.internal.DepartmentAdmin;
import org.linli.casework.internal.DepartmentForm;
import org.linli.casework.internal.MemberForm;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The departments streets summon: everyone may read; district and street staff set up their own and their people. */
@Controller
class DepartmentController {

    private final Departments departments;
    private final DepartmentAdmin admin;

    DepartmentController(Departments departments, DepartmentAdmin admin) {
        this.departments = departments;
        this.admin = admin;
    }

    @GetMapping("/departments")
    String departments(@AuthenticationPrincipal CurrentUser user, Model model) {
        // Those above (which the user's streets summon) and those within the user's scope.
        Map<Long, Department> shown = new LinkedHashMap<>();
        departments.summonableFrom(user.scope().path()).forEach(d -> shown.put(d.id(), d));
        departments.within(user.scope()).forEach(d -> shown.putIfAbsent(d.id(), d));
        model.addAttribute("departments", List.copyOf(shown.values()));
        model.addAttribute("mayManage", user.role().mayManageAccounts());
        return "casework/departments";
    }

    @PostMapping("/departments")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid DepartmentForm form, RedirectAttributes redirect) {
        requireManager(user);
        admin.create(form, user);
        redirect.addFlashAttribute("saved", "已新建部门");
        return "redirect:/departments";
    }

    @GetMapping("/departments/{id}")
    String department(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Department d = departments.get(id);
        if (!user.scope().covers(d.divisionPath()) && !user.scope().path().startsWith(d.divisionPath())) {
            throw new NotFoundException("department " + id);
        }
        model.addAttribute("d", d);
        model.addAttribute("members", admin.members(id));
        model.addAttribute("mayManage", user.role().mayManageAccounts() && user.scope().covers(d.divisionPath()));
        return "casework/department";
    }

    @PostMapping("/departments/{id}/members")
    @FormPage("/departments/{id}")
    String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid MemberForm form,
                     RedirectAttributes redirect) {
        requireManager(user);
        admin.addMember(id, form, user);
        redirect.addFlashAttribute("saved", "已加入部门");
        return "redirect:/departments/" + id;
    }

    private static void requireManager(CurrentUser user) {
        if (!user.role().mayManageAccounts()) {
            throw new NotFoundException("settings");
        }
    }
}
