package org.linli.deliberation.web;

import java.util.List;
import java.util.Map;

import org.linli.casework.Categories;
import org.linli.consultation.ConsultationStatus;
import org.linli.consultation.Consultations;
import org.linli.deliberation.Evaluations;
import org.linli.deliberation.Hall;
import org.linli.deliberation.Meetings;
import org.linli.deliberation.Procedure;
import org.linli.deliberation.Quorum;
import org.linli.deliberation.Source;
import org.linli.deliberation.Topic;
import org.linli.deliberation.TopicRejected;
import org.linli.deliberation.TopicStatus;
import org.linli.deliberation.Topics;
import org.linli.deliberation.matters.Matter;
import org.linli.deliberation.matters.Matters;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deliberation hall's topics: propose, pre-review, revise, and follow the procedure's stages. */
@Controller
class TopicController {

    private final Topics topics;
    private final Categories categories;
    private final Meetings meetings;
    private final FollowUp followUp;
    private final Hall hall;
    private final Consultations consultations;
    private final Evaluations evaluations;
    private final Matters matters;

    TopicController(Topics topics, Categories categories, Meetings meetings,
                    Matters matters, FollowUp followUp, Hall hall,
                    Consultations consultations,
                    Evaluations evaluations) {
        this.matters = matters;
        this.followUp = followUp;
        this.hall = hall;
        this.consultations = consultations;
        this.evaluations = evaluations;
        this.meetings = meetings;
        this.topics = topics;
        this.categories = categories;
    }

    @GetMapping("/topics")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) TopicStatus status, Model model) {
        return list(user, status, model, Map.of(), Map.of());
    }

    @PostMapping("/topics")
    String propose(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        long[] created = new long[1];
        Map<String, String> errors = topics.propose(form, user, created);
        if (!errors.isEmpty()) {
            return list(user, null, model, form, errors);
        }
        redirect.addFlashAttribute("saved", "议题已提交，等待预审");
        return "redirect:/topics/" + created[0];
    }

    @GetMapping("/topics/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Topic t = topics.get(id, user);
        model.addAttribute("t", t);
        model.addAttribute("stages", topics.stages(id));
        model.addAttribute("mayReview", user.role() == Role.COMMUNITY_WORKER && t.status() == TopicStatus.PROPOSED);
        model.addAttribute("outcomes", List.of(TopicStatus.ADMITTED, TopicStatus.RETURNED, TopicStatus.MERGED, TopicStatus.REFERRED,
                TopicStatus.DECLINED));
        model.addAttribute("others", topics.list(user, null).stream()
                .filter(o -> o.id() != id && (o.status() == TopicStatus.ADMITTED || o.status() == TopicStatus.PROPOSED)).toList());
        model.addAttribute("categories", categories.active());
        Matter matter = matters.ofTopic(id).orElse(null);
        model.addAttribute("matter", matter);
        if (user.role() == Role.COMMUNITY_WORKER && t.status() == TopicStatus.PROPOSED) {
            model.addAttribute("matters", matters.active(t.committeeId()));
        }
        model.addAttribute("mayRevise", t.status() == TopicStatus.RETURNED && (user.role() == Role.COMMUNITY_WORKER
                || (t.proposerAccountId() != null && t.proposerAccountId() == user.accountId())));
        model.addAttribute("open", t.openStage());
        model.addAttribute("mayClose", t.openStage() != null && t.openStage().closers().contains(user.role()));
        model.addAttribute("votes", meetings.of(id));
        // Only the meetings that may decide the topic are offered (Meetings.hold checks it too).
        model.addAttribute("meetingKinds", meetings.offered(t));
        model.addAttribute("needsMeeting", t.openStage() != null
                && t.openStage().requirement() == Procedure.Requirement.RESOLUTION
                && user.role() == Role.COMMUNITY_WORKER && !meetings.passed(id));
        followUp.addTo(model, t, user);
        return "deliberation/topic";
    }

    @PostMapping("/topics/{id}/review")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) TopicStatus outcome,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Long mergeInto,
                  @RequestParam(defaultValue = "OTHER") String category, @RequestParam(required = false) Long matter, Model model,
                  RedirectAttributes redirect) {
        try {
            topics.review(id, outcome, reason, mergeInto, category, matter, user);
        } catch (TopicRejected e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("typedReason", reason);
            model.addAttribute("typedMatter", matter);
            model.addAttribute("typedOutcome", outcome);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("saved", "预审结果：" + outcome.label());
        return "redirect:/topics/" + id;
    }

    @PostMapping("/topics/{id}/revise")
    String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect) {
        try {
            topics.revise(id, title, body, user);
        } catch (TopicRejected e) {
            model.addAttribute("error", e.getMessage());
            return show(user, id, model);
        }
        redirect.addFlashAttribute("saved", "已修改，重新提交预审");
        return "redirect:/topics/" + id;
    }

    @PostMapping("/topics/{id}/meetings")
    String hold(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect) {
        Quorum.Verdict vote;
        try {
            vote = meetings.hold(id, form, user);
        } catch (TopicRejected e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("typedMeeting", form);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("saved", vote.reason());
        return "redirect:/topics/" + id;
    }

    @PostMapping("/topics/{id}/stages/{stage}")
    String closeStage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int stage,
                      @RequestParam(defaultValue = "") String record, Model model, RedirectAttributes redirect) {
        try {
            topics.closeStage(id, stage, record, user);
        } catch (TopicRejected e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("typedRecord", record);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("saved", "已完成本阶段");
        return "redirect:/topics/" + id;
    }

    private String list(CurrentUser user, TopicStatus status, Model model, Map<String, String> typed, Map<String, String> errors) {
        List<Topic> listed = topics.list(user, status);
        model.addAttribute("topics", listed);
        model.addAttribute("rectifications", evaluations.rectificationStates(listed.stream().map(Topic::id).toList()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("sources", Source.values());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("staff", user.role() != Role.RESIDENT);
        if (user.role() == Role.RESIDENT) {
            model.addAttribute("hall", hall.of(user));
            // Drafts out for comment are another way to take part; the hall points to them.
            model.addAttribute("consultations", consultations.list(user, ConsultationStatus.OPEN, 0, 5));
            return "deliberation/hall";
        }
        return "deliberation/topics";
    }
}
