package org.linli.consultation.web;

import jakarta.validation.Valid;

import org.linli.consultation.Answer;
import org.linli.consultation.AnswerForm;
import org.linli.consultation.Answers;
import org.linli.consultation.Comment;
import org.linli.consultation.Consultation;
import org.linli.consultation.ConsultationStatus;
import org.linli.consultation.Consultations;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One comment at a time: its own page (what a notice links to, and the answer form without
 * JavaScript) and, over htmx, the comment swapped in place on the draft's page, with its answer
 * form opened on demand and the answered comment put back after posting. A refused answer shows
 * the same comment with its form, its error and what was typed.
 */
@Controller
class AnswerController {

    private static final String PAGE = "consultation/comment";
    private static final String FRAGMENTS = "consultation/comments";

    private final Consultations consultations;
    private final Answers answers;

    AnswerController(Consultations consultations, Answers answers) {
        this.consultations = consultations;
        this.answers = answers;
    }

    @GetMapping("/consultations/{id}/comments/{commentId}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long commentId,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Consultation c = consultations.get(id, user);
        Comment k = consultations.comment(c, commentId);
        fill(model, user, c, k, consultations.manages(c, user) && c.status() == ConsultationStatus.AWAITING_ANSWERS);
        return htmx == null ? PAGE : fragment(user);
    }

    /** Posted from the draft's page (htmx: the comment comes back answered) or from the comment's own page. */
    @PostMapping("/consultations/{id}/comments/{commentId}/answer")
    @FormPage(value = "/consultations/{id}/comments/{commentId}", form = "answer-{commentId}")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long commentId,
                  @Valid AnswerForm form, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        answers.answer(id, commentId, form, user);
        if (htmx != null) {
            Consultation c = consultations.get(id, user);
            fill(model, user, c, consultations.comment(c, commentId), false);
            model.addAttribute("saved", "已答复：" + form.answer().label());
            return fragment(user);
        }
        redirect.addFlashAttribute("saved", "已答复：" + form.answer().label());
        return "redirect:/consultations/" + id + "#k" + commentId;
    }

    private void fill(Model model, CurrentUser user, Consultation c, Comment k, boolean open) {
        model.addAttribute("c", c);
        model.addAttribute("k", k);
        model.addAttribute("open", open);
        model.addAttribute("manages", consultations.manages(c, user));
        model.addAttribute("answers", Answer.values());
        model.addAttribute("me", user.accountId());
    }

    private static String fragment(CurrentUser user) {
        return FRAGMENTS + (user.role() == Role.RESIDENT ? " :: resident" : " :: staff");
    }
}
