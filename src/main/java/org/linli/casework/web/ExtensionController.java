package org.linli.casework.web;

import jakarta.validation.Valid;

import org.linli.casework.internal.ExtensionAsk;
import org.linli.casework.internal.ExtensionDecision;
import org.linli.casework.internal.ExtensionDecisions;
import org.linli.casework.internal.ExtensionRequests;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 延期 on the case page: the holder asks, the street approves or refuses. */
@Controller
class ExtensionController {

    private final ExtensionRequests requests;
    private final ExtensionDecisions decisions;

    ExtensionController(ExtensionRequests requests, ExtensionDecisions decisions) {
        this.requests = requests;
        this.decisions = decisions;
    }

    @PostMapping("/cases/{id}/extensions")
    @FormPage(value = "/cases/{id}", form = "extension")
    String request(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ExtensionAsk ask,
                   RedirectAttributes redirect) {
        requests.request(id, ask, user);
        redirect.addFlashAttribute("saved", "延期申请已提交，等待街道审批");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/extensions/{request}/approve")
    @FormPage(value = "/cases/{id}", form = "decision")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long request,
                   @Valid ExtensionDecision decision, RedirectAttributes redirect) {
        decisions.approve(id, request, decision, user);
        redirect.addFlashAttribute("saved", "已批准延期，时限已调整");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/extensions/{request}/refuse")
    @FormPage(value = "/cases/{id}", form = "decision")
    String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long request,
                  @Valid ExtensionDecision decision, RedirectAttributes redirect) {
        decisions.refuse(id, request, decision, user);
        redirect.addFlashAttribute("saved", "已不予批准延期");
        return "redirect:/cases/" + id;
    }
}
