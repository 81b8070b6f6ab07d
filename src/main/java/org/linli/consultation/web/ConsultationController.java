package org.linli.consultation.web;

import jakarta.validation.Valid;

import org.linli.consultation.Answer;
import org.linli.consultation.CommentFilter;
import org.linli.consultation.CommentForm;
import org.linli.consultation.CommentPage;
import org.linli.consultation.Comments;
import org.linli.consultation.Consultation;
import org.linli.consultation.ConsultationStatus;
import org.linli.consultation.Consultations;
import org.linli.consultation.DraftForm;
import org.linli.consultation.Drafts;
import org.linli.consultation.FeedbackReports;
import org.linli.consultation.ReportForm;
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
 * Consultation pages: staff publish drafts and the feedback report; residents read a draft on
 * their phone and comment on a paragraph or a passage. Answers are given in place
 * ({@link AnswerController}); the export and the pages without sign-in have their own controllers.
 * Refused forms are shown again by {@link ConsultationRefusals}.
 */
@Controller
class ConsultationController {

    private static final int PAGE_SIZE = 20;

    private final Consultations consultations;
    private final Drafts drafts;
    private final Comments comments;
    private final FeedbackReports reports;

    ConsultationController(Consultations consultations, Drafts drafts, Comments comments, FeedbackReports reports) {
        this.consultations = consultations;
        this.drafts = drafts;
        this.comments = comments;
        this.reports = reports;
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
        var choices = consultations.divisionsFor(user);
        if (choices.isEmpty()) {
            throw new NotFoundException("consultation form for " + user.username());
        }
        model.addAttribute("divisions", choices);
        return "consultation/form";
    }

    @PostMapping("/consultations")
    @FormPage("/consultations/new")
    String publish(@AuthenticationPrincipal CurrentUser user, @Valid DraftForm form, RedirectAttributes redirect) {
        long id = drafts.publish(form, user);
        redirect.addFlashAttribute("saved", "征求意见稿已发布，截止前本辖区居民可以提出意见");
        return "redirect:/consultations/" + id;
    }

    /** The draft with one page of its comments (filtered by paragraph and, for staff, answered or not), nested under its paragraphs. */
    @GetMapping("/consultations/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer paragraph,
                @RequestParam(required = false) CommentFilter.Shown shown, @RequestParam(defaultValue = "0") int page, Model model) {
        Consultation c = consultations.get(id, user);
        boolean resident = user.role() == Role.RESIDENT;
        CommentPage comments = consultations.comments(c, new CommentFilter(paragraph, resident ? null : shown, page));
        model.addAttribute("c", c);
        model.addAttribute("paragraphs", consultations.paragraphs(id));
        model.addAttribute("comments", comments);
        model.addAttribute("byParagraph", comments.byParagraph());
        model.addAttribute("shownChoices", CommentFilter.Shown.values());
        model.addAttribute("answers", Answer.values());
        model.addAttribute("me", user.accountId());
        model.addAttribute("publicUrl", c.isPublic() ? PublicConsultationController.url(id) : null);
        if (resident) {
            model.addAttribute("mayComment", consultations.mayComment(c, user));
            return "consultation/draft";
        }
        model.addAttribute("manages", consultations.manages(c, user));
        return "consultation/consultation";
    }

    @PostMapping("/consultations/{id}/comments")
    @FormPage(value = "/consultations/{id}", form = "comment")
    String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid CommentForm form,
                   RedirectAttributes redirect) {
        comments.comment(id, form, user);
        redirect.addFlashAttribute("saved", "意见已提交，截止后将逐条答复并公布反馈报告");
        return "redirect:/consultations/" + id + "#p" + form.paragraph();
    }

    @PostMapping("/consultations/{id}/report")
    @FormPage(value = "/consultations/{id}", form = "report")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReportForm form,
                  RedirectAttributes redirect) {
        reports.publish(id, form, user);
        redirect.addFlashAttribute("saved", "反馈报告已发布，任何人无需登录即可查看");
        return "redirect:/consultations/" + id;
    }
}
