package org.linli.access.web;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, limited to the administrator's scope. */
@Controller
class AuditController {

    private static final int PAGE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String action,
                @RequestParam(defaultValue = "0") int page, Model model) {
        long total = audit.count(user.scope(), action);
        model.addAttribute("entries", audit.recent(user.scope(), action, page, PAGE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE - 1) / PAGE));
        model.addAttribute("action", action);
        model.addAttribute("actions", AuditLog.ACTIONS);
        return "access/audit";
    }
}
