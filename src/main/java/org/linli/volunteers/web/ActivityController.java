package org.linli.volunteers.web;

import java.util.List;

import jakarta.validation.Valid;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.linli.shared.web.QrCodes;
import org.linli.volunteers.internal.Activities;
import org.linli.volunteers.internal.Activity;
import org.linli.volunteers.internal.ActivityForm;
import org.linli.volunteers.internal.Attendances;
import org.linli.volunteers.internal.CancelActivity;
import org.linli.volunteers.internal.CorrectAttendance;
import org.linli.volunteers.internal.Reach;
import org.linli.volunteers.internal.Skill;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The committee's activities: the list, creating, editing and cancelling, signing up, and the organiser's page with the QR code. */
@Controller
class ActivityController {

    private static final int PAGE = 20;

    private final Activities activities;
    private final Attendances attendances;
    private final Reach reach;
    private final java.time.Clock clock;

    ActivityController(Activities activities, Attendances attendances, Reach reach, java.time.Clock clock) {
        this.clock = clock;
        this.activities = activities;
        this.attendances = attendances;
        this.reach = reach;
    }

    @GetMapping("/activities")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, Math.min(page, 100_000));
        Activities.Page found = activities.list(user, shown, PAGE);
        model.addAttribute("activities", found.activities());
        model.addAttribute("signedUp", found.signedUp());
        model.addAttribute("page", shown);
        model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE - 1) / PAGE));
        model.addAttribute("organiser", reach.of(user).organiser());
        model.addAttribute("skills", Skill.all());
        return "volunteers/activities";
    }

    @PostMapping("/activities")
    @FormPage(value = "/activities", form = "create")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid ActivityForm form, RedirectAttributes redirect) {
        long id = activities.create(user, form);
        redirect.addFlashAttribute("saved", "活动已发布");
        return "redirect:/activities/" + id;
    }

    @GetMapping("/activities/{id}")
    String activity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Activity a = activities.get(user, id);
        boolean organiser = reach.of(user).organiser();
        model.addAttribute("a", a);
        model.addAttribute("organiser", organiser);
        model.addAttribute("zone", clock.getZone());
        if (organiser) {
            model.addAttribute("attendances", attendances.of(user, id));
            model.addAttribute("link", checkLink(a.code()));
            model.addAttribute("form", ActivityForm.of(a, clock.getZone()));
            model.addAttribute("skills", Skill.all());
        }
        model.addAttribute("signedUp", activities.signedUp(user, a));
        return "volunteers/activity";
    }

    /** The QR code of the activity's sign-in address, for the organiser's screen or a printed notice. */
    @GetMapping(value = "/activities/{id}/code.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> code(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Activity a = activities.organised(user, id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(checkLink(a.code()), 320));
    }

    @PostMapping("/activities/{id}")
    @FormPage(value = "/activities/{id}", form = "edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ActivityForm form, RedirectAttributes redirect) {
        activities.edit(user, id, form);
        redirect.addFlashAttribute("saved", "活动已修改");
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/cancel")
    @FormPage(value = "/activities/{id}", form = "cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid CancelActivity typed,
                  RedirectAttributes redirect) {
        activities.cancel(user, id, typed);
        redirect.addFlashAttribute("saved", "活动已取消");
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/signup")
    @FormPage(value = "/activities/{id}", form = "signup")
    String signUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        activities.signUp(user, id);
        redirect.addFlashAttribute("saved", "报名成功");
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/attendances/{attendanceId}")
    @FormPage(value = "/activities/{id}", form = "attendance-{attendanceId}")
    String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long attendanceId,
                   @Valid CorrectAttendance typed, RedirectAttributes redirect) {
        attendances.correct(user, id, attendanceId, typed);
        redirect.addFlashAttribute("saved", "时长已确认");
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/certify")
    @FormPage(value = "/activities/{id}", form = "certify")
    String certify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                   @RequestParam(name = "attendance", required = false) List<Long> ids, RedirectAttributes redirect) {
        int n = attendances.certify(user, id, ids);
        redirect.addFlashAttribute("saved", "已认证 " + n + " 人次的服务时长");
        return "redirect:/activities/" + id;
    }

    /** The sign-in address as a phone must open it: this server's address as the request reached it. */
    static String checkLink(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + "/activities/check?code=" + code;
    }
}
