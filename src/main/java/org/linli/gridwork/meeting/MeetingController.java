package org.linli.gridwork.meeting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.linli.division.Divisions;
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

/**
 * Grid meetings: the community worker records the committee's meeting and sees the past ones; the
 * street (and district) read the matters passed up from their committees, and every meeting.
 */
@Controller
class MeetingController {

    static final int PAGE_SIZE = 20;

    private final GridMeetings meetings;
    private final Divisions divisions;

    MeetingController(GridMeetings meetings, Divisions divisions) {
        this.meetings = meetings;
        this.divisions = divisions;
    }

    @GetMapping("/meetings/grid")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        readers(user);
        int p = Math.max(page, 0);
        boolean recorder = user.role() == Role.COMMUNITY_WORKER;
        if (recorder) {
            var committee = meetings.committee(user);
            model.addAttribute("committee", committee);
            model.addAttribute("workers", meetings.gridWorkers(committee));
            model.addAttribute("meetings", meetings.list(user, p, PAGE_SIZE));
            model.addAttribute("pages", pages(meetings.count(user)));
        } else {
            var matters = meetings.passedUp(user, p, PAGE_SIZE);
            model.addAttribute("matters", matters);
            model.addAttribute("pages", pages(meetings.countPassedUp(user)));
            model.addAttribute("committees", committeeNames(matters.stream().map(m -> m.committeePath()).toList()));
        }
        model.addAttribute("recorder", recorder);
        model.addAttribute("page", p);
        return "gridwork/meetings";
    }

    @PostMapping("/meetings/grid")
    @FormPage("/meetings/grid")
    String record(@AuthenticationPrincipal CurrentUser user, @Valid MeetingForm form, RedirectAttributes redirect) {
        long id = meetings.record(form, user);
        redirect.addFlashAttribute("saved", "网格例会已记录");
        return "redirect:/meetings/grid/" + id;
    }

    @GetMapping("/meetings/grid/{id}")
    String meeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        readers(user);
        GridMeeting meeting = meetings.get(id, user);
        model.addAttribute("meeting", meeting);
        model.addAttribute("committeeName", committeeNames(java.util.List.of(meeting.committeePath()))
                .get(meeting.committeePath()));
        return "gridwork/meeting";
    }

    private Map<String, String> committeeNames(java.util.List<String> paths) {
        Set<String> codes = new HashSet<>();
        paths.forEach(p -> codes.add(code(p)));
        Map<String, String> names = new HashMap<>();
        divisions.byCodes(codes).forEach(d -> names.put(d.path(), d.name()));
        return names;
    }

    private static String code(String path) {
        String[] codes = path.substring(1).split("/");
        return codes[codes.length - 1];
    }

    private static long pages(long count) {
        return Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static void readers(CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER && user.role() != Role.STREET_STAFF && user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("meeting");
        }
    }
}
