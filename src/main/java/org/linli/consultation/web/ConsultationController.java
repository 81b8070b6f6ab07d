package org.linli.consultation.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.consultation.Answer;
import org.linli.consultation.Comment;
import org.linli.consultation.Consultation;
import org.linli.consultation.ConsultationRejected;
import org.linli.consultation.ConsultationStatus;
import org.linli.consultation.Consultations;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultation pages: staff publish drafts, answer comments and publish the feedback report;
 * residents read a draft on their phone and comment on a paragraph or a passage; anyone reads a
 * published report.
 */
@Controller
class ConsultationController {

    private static final int PAGE_SIZE = 20;

    private final Consultations consultations;

    ConsultationController(Consultations consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/consultations")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ConsultationStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        long total = consultations.count(user, status);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("consultations", consultations.list(user, status, current, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ConsultationStatus.values());
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("base", "/consultations" + (status == null ? "" : "?status=" + status.name()));
        model.addAttribute("mayPublish", !consultations.divisionsFor(user).isEmpty());
        model.addAttribute("resident", user.role() == Role.RESIDENT);
        return "consultation/list";
    }

    @GetMapping("/consultations/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(user, model, Map.of(), Map.of());
    }

    @PostMapping("/consultations")
    String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        long[] created = new long[1];
        Map<String, String> errors = consultations.publish(form, user, created);
        if (!errors.isEmpty()) {
            return form(user, model, form, errors);
        }
        redirect.addFlashAttribute("saved", "征求意见稿已发布，截止前本辖区居民可以提出意见");
        return "redirect:/consultations/" + created[0];
    }

    private String form(CurrentUser user, Model model, Map<String, String> typed, Map<String, String> errors) {
        var choices = consultations.divisionsFor(user);
        if (choices.isEmpty()) {
            throw new NotFoundException("consultation form for " + user.username());
        }
        model.addAttribute("divisions", choices);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "consultation/form";
    }

    @GetMapping("/consultations/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Consultation c = consultations.get(id, user);
        List<Comment> comments = consultations.comments(id);
        model.addAttribute("c", c);
        model.addAttribute("paragraphs", consultations.paragraphs(id));
        model.addAttribute("byParagraph", consultations.byParagraph(comments));
        model.addAttribute("counts", consultations.answerCounts(comments));
        model.addAttribute("answers", Answer.values());
        if (user.role() == Role.RESIDENT) {
            model.addAttribute("mayComment", consultations.mayComment(c, user));
            model.addAttribute("me", user.accountId());
            if (!model.containsAttribute("errors")) {
                model.addAttribute("typed", Map.of());
                model.addAttribute("errors", Map.of());
            }
            return "consultation/draft";
        }
        model.addAttribute("manages", consultations.manages(c, user));
        return "consultation/consultation";
    }

    @PostMapping("/consultations/{id}/comments")
    String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form,
                   Model model, RedirectAttributes redirect) {
        Map<String, String> errors;
        try {
            errors = consultations.comment(id, form, user);
        } catch (ConsultationRejected e) {
            errors = Map.of("form", e.getMessage());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("typed", form);
            model.addAttribute("errors", errors);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("saved", "意见已提交，截止后将逐条答复并公布反馈报告");
        return "redirect:/consultations/" + id + "#p" + form.getOrDefault("paragraph", "");
    }

    @PostMapping("/consultations/{id}/comments/{commentId}/answer")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long commentId,
                  @RequestParam(required = false) Answer answer, @RequestParam(defaultValue = "") String reason, Model model,
                  RedirectAttributes redirect) {
        try {
            consultations.answer(id, commentId, answer, reason, user);
        } catch (ConsultationRejected e) {
            model.addAttribute("answerError", e.getMessage());
            model.addAttribute("answerFor", commentId);
            model.addAttribute("typedAnswer", answer);
            model.addAttribute("typedReason", reason);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("saved", "已答复：" + answer.label());
        return "redirect:/consultations/" + id + "#k" + commentId;
    }

    @PostMapping("/consultations/{id}/report")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String note,
                  Model model, RedirectAttributes redirect) {
        try {
            consultations.publishReport(id, note, user);
        } catch (ConsultationRejected e) {
            model.addAttribute("reportError", e.getMessage());
            model.addAttribute("typedNote", note);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("saved", "反馈报告已发布，任何人无需登录即可查看");
        return "redirect:/consultations/" + id;
    }

    @GetMapping("/consultations/{id}/comments.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response) throws IOException {
        Consultation c = consultations.get(id, user);
        if (!consultations.manages(c, user)) {
            throw new NotFoundException("consultation export " + id);
        }
        String name = URLEncoder.encode(c.title() + "-意见及答复.xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"comments.xlsx\"; filename*=UTF-8''" + name);
        ConsultationWorkbook.write(c, consultations.paragraphs(id), consultations.comments(id), response.getOutputStream());
    }

    @GetMapping("/public/consultations/{id}")
    String publicReport(@PathVariable long id, Model model) {
        Consultation c = consultations.published(id);
        List<Comment> comments = consultations.comments(id);
        model.addAttribute("c", c);
        model.addAttribute("paragraphs", consultations.paragraphs(id));
        model.addAttribute("byParagraph", consultations.byParagraph(comments));
        model.addAttribute("counts", consultations.answerCounts(comments));
        model.addAttribute("total", comments.size());
        return "consultation/report";
    }
}
