package org.linli.audit.web;

import org.linli.audit.AuditChain;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The district administrator's check of the audit log's hash chain (under /audit, theirs alone). */
@Controller
class ChainController {

    private final AuditChain chain;

    ChainController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/audit/verify")
    String verify(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("verification", chain.verify(user.scope()));
        return "audit/verify";
    }
}
