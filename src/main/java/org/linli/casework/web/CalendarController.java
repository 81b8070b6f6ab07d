package org.linli.casework.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.linli.casework.calendar.DayForm;
import org.linli.casework.calendar.PeriodsForm;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
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

/** The working calendar limits are counted on: everyone may read it; the district administrator edits it. */
@Controller
class CalendarController {

    private final WorkCalendar calendar;
    private final Clock clock;

    CalendarController(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
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
    @FormPage(value = "/calendar", form = "day")
    String putDay(@AuthenticationPrincipal CurrentUser user, @Valid DayForm form, RedirectAttributes redirect) {
        requireDistrict(user);
        LocalDate day = calendar.putDay(form);
        redirect.addFlashAttribute("saved", "已设定 " + day);
        return "redirect:/calendar?year=" + day.getYear();
    }

    @PostMapping("/calendar/days/{day}/delete")
    String removeDay(@AuthenticationPrincipal CurrentUser user, @PathVariable LocalDate day, RedirectAttributes redirect) {
        requireDistrict(user);
        calendar.removeDay(day);
        redirect.addFlashAttribute("saved", day + " 已恢复为按星期安排");
        return "redirect:/calendar?year=" + day.getYear();
    }

    @PostMapping("/calendar/periods")
    @FormPage(value = "/calendar", form = "periods")
    String setPeriods(@AuthenticationPrincipal CurrentUser user, PeriodsForm form, RedirectAttributes redirect) {
        requireDistrict(user);
        calendar.setPeriods(form);
        redirect.addFlashAttribute("saved", "工作时间已保存");
        return "redirect:/calendar";
    }

    private static void requireDistrict(CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("settings");
        }
    }
}
