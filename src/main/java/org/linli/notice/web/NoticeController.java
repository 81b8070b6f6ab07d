package org.linli.notice.web;

import org.linli.notice.Notices;
import org.linli.notice.Outbox;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's notifications; district administrators also see the outbox of SMS and e-mail. */
@Controller
class NoticeController {

    private final Notices notices;
    private final Outbox outbox;

    NoticeController(Notices notices, Outbox outbox) {
        this.notices = notices;
        this.outbox = outbox;
    }

    @GetMapping("/notices")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("notices", notices.recent(user, 100));
        if (user.role() == Role.DISTRICT_ADMIN) {
            model.addAttribute("outbox", outbox.recent(user.scope(), 50));
            model.addAttribute("pending", outbox.pending(user.scope()));
        }
        return "notice/notices";
    }

    @GetMapping("/notices/{id}")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        String link = notices.open(id, user);
        return "redirect:" + (link == null ? "/notices" : link);
    }

    @PostMapping("/notices/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user) {
        notices.readAll(user);
        return "redirect:/notices";
    }
}
