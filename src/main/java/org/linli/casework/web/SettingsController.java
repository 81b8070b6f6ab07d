package org.linli.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.casework.CaseRejected;
import org.linli.casework.Categories;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.casework.calendar.WorkingTime;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the case loop runs on: departments and their staff, the category catalogue with its limits,
 * and the working calendar. Everyone may read; district administrators change categories and the
 * calendar, district and street staff their departments.
 */
@Controller
class SettingsController {

    private final Departments departments;
    private final Categories categories;
    private final WorkCalendar calendar;
    private final Clock clock;

    SettingsController(Departments departments, Categories categories, WorkCalendar calendar, Clock clock) {
        this.clock = clock;
        this.departments = departments;
        this.categories = categories;
        this.calendar = calendar;
    }

    @GetMapping("/departments")
    String departments(@AuthenticationPrincipal CurrentUser user, Model model) {
        return departmentsPage(user, model, Map.of(), Map.of());
    }

    @PostMapping("/departments")
    String createDepartment(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                            RedirectAttributes redirect) {
        requireManager(user);
        Map<String, String> errors = departments.create(form, user, new long[1]);
        if (!errors.isEmpty()) {
            return departmentsPage(user, model, form, errors);
        }
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
        model.addAttribute("members", departments.members(id));
        model.addAttribute("mayManage", user.role().mayManageAccounts() && user.scope().covers(d.divisionPath()));
        return "casework/department";
    }

    @PostMapping("/departments/{id}/members")
    String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String username,
                     Model model, RedirectAttributes redirect) {
        requireManager(user);
        try {
            departments.addMember(id, username, user);
        } catch (CaseRejected e) {
            model.addAttribute("memberError", e.getMessage());
            model.addAttribute("typedUsername", username);
            return department(user, id, model);
        }
        redirect.addFlashAttribute("saved", "已加入部门");
        return "redirect:/departments/" + id;
    }

    @GetMapping("/case-categories")
    String categories(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("mayEdit", user.role() == Role.DISTRICT_ADMIN);
        model.addAttribute("errors", Map.of());
        return "casework/categories";
    }

    @PostMapping("/case-categories/{code}")
    String saveCategory(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
                        @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        requireDistrict(user);
        Map<String, String> errors = categories.save(code, form);
        if (!errors.isEmpty()) {
            model.addAttribute("categories", categories.all());
            model.addAttribute("mayEdit", true);
            model.addAttribute("errors", errors);
            model.addAttribute("editing", code);
            model.addAttribute("typed", form);
            return "casework/categories";
        }
        redirect.addFlashAttribute("saved", "类别已保存");
        return "redirect:/case-categories";
    }

    @GetMapping("/calendar")
    String calendar(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("days", calendar.days(y));
        model.addAttribute("periods", calendar.periods());
        model.addAttribute("mayEdit", user.role() == Role.DISTRICT_ADMIN);
        return "casework/calendar";
    }

    @PostMapping("/calendar/days")
    String putDay(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String day,
                  @RequestParam(defaultValue = "false") boolean working, @RequestParam(defaultValue = "") String name,
                  Model model, RedirectAttributes redirect) {
        requireDistrict(user);
        try {
            LocalDate d = day.isBlank() ? null : LocalDate.parse(day);
            calendar.putDay(d, working, name);
            redirect.addFlashAttribute("saved", "已设定 " + d);
            return "redirect:/calendar?year=" + d.getYear();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            model.addAttribute("dayError", e instanceof DateTimeParseException ? "日期格式应为 2026-10-01" : e.getMessage());
            model.addAttribute("typedDay", day);
            model.addAttribute("typedName", name);
            return calendar(user, null, model);
        }
    }

    @PostMapping("/calendar/days/{day}/delete")
    String removeDay(@AuthenticationPrincipal CurrentUser user, @PathVariable LocalDate day, RedirectAttributes redirect) {
        requireDistrict(user);
        calendar.removeDay(day);
        redirect.addFlashAttribute("saved", day + " 已恢复为按星期安排");
        return "redirect:/calendar?year=" + day.getYear();
    }

    @PostMapping("/calendar/periods")
    String setPeriods(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "starts") List<String> starts,
                      @RequestParam(name = "ends") List<String> ends, Model model, RedirectAttributes redirect) {
        requireDistrict(user);
        try {
            List<WorkingTime.Period> periods = new ArrayList<>();
            for (int i = 0; i < Math.min(starts.size(), ends.size()); i++) {
                if (starts.get(i).isBlank() && ends.get(i).isBlank()) {
                    continue;
                }
                periods.add(new WorkingTime.Period(LocalTime.parse(starts.get(i)), LocalTime.parse(ends.get(i))));
            }
            calendar.setPeriods(periods);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            model.addAttribute("periodError", e instanceof DateTimeParseException ? "时间格式应为 08:30" : e.getMessage());
            return calendar(user, null, model);
        }
        redirect.addFlashAttribute("saved", "工作时间已保存");
        return "redirect:/calendar";
    }

    private static void requireDistrict(CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("settings");
        }
    }

    private static void requireManager(CurrentUser user) {
        if (!user.role().mayManageAccounts()) {
            throw new NotFoundException("settings");
        }
    }

    private String departmentsPage(CurrentUser user, Model model, Map<String, String> typed, Map<String, String> errors) {
        // Those above (which the user's streets summon) and those within the user's scope.
        java.util.Map<Long, Department> shown = new java.util.LinkedHashMap<>();
        departments.summonableFrom(user.scope().path()).forEach(d -> shown.put(d.id(), d));
        departments.within(user.scope()).forEach(d -> shown.putIfAbsent(d.id(), d));
        model.addAttribute("departments", List.copyOf(shown.values()));
        model.addAttribute("mayManage", user.role().mayManageAccounts());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "casework/departments";
    }
}
