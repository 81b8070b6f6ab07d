package org.linli.deliberation.web;

import java.util.List;

import jakarta.validation.Valid;

import org.linli.casework.Categories;
import org.linli.consultation.ConsultationStatus;
import org.linli.consultation.Consultations;
import org.linli.deliberation.followup.Rectifications;
import org.linli.deliberation.hall.Hall;
import org.linli.deliberation.matters.Matters;
import org.linli.deliberation.meetings.Meetings;
import org.linli.deliberation.meetings.Quorum;
import org.linli.deliberation.meetings.RecordMeeting;
import org.linli.deliberation.topics.CloseStage;
import org.linli.deliberation.topics.PreReview;
import org.linli.deliberation.topics.ProposeTopic;
import org.linli.deliberation.topics.Proposals;
import org.linli.deliberation.topics.ReviewTopic;
import org.linli.deliberation.topics.ReviseTopic;
import org.linli.deliberation.topics.Source;
import org.linli.deliberation.topics.Stages;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.TopicStatus;
import org.linli.deliberation.topics.Topics;
import org.linli.shared.CurrentUser;
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

/** The deliberation hall's topics: propose, pre-review, revise, record a meeting, and follow the procedure's stages. */
@Controller
class TopicController {

    private final Topics topics;
    private final Proposals proposals;
    private final PreReview preReview;
    private final Stages stages;
    private final Meetings meetings;
    private final Matters matters;
    private final Categories categories;
    private final FollowUp followUp;
    private final Hall hall;
    private final Rectifications rectifications;
    private final Consultations consultations;

    TopicController(Topics topics, Proposals proposals, PreReview preReview, Stages stages, Meetings meetings, Matters matters,
                    Categories categories, FollowUp followUp, Hall hall, Rectifications rectifications, Consultations consultations) {
        this.topics = topics;
        this.proposals = proposals;
        this.preReview = preReview;
        this.stages = stages;
        this.meetings = meetings;
        this.matters = matters;
        this.categories = categories;
        this.followUp = followUp;
        this.hall = hall;
        this.rectifications = rectifications;
        this.consultations = consultations;
    }

    @GetMapping("/topics")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) TopicStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        if (user.role() == Role.RESIDENT) {
            model.addAttribute("hall", hall.of(user, page));
            // Drafts out for comment are another way to take part; the hall points to them.
            model.addAttribute("consultations", consultations.list(user, ConsultationStatus.OPEN, 0, 5));
            return "deliberation/hall";
        }
        List<Topic> listed = topics.list(user, status);
        model.addAttribute("topics", listed);
        model.addAttribute("rectifications", rectifications.states(listed.stream().map(Topic::id).toList()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("sources", Source.values());
        model.addAttribute("staff", true);
        return "deliberation/topics";
    }

    @PostMapping("/topics")
    String propose(@AuthenticationPrincipal CurrentUser user, @Valid ProposeTopic topic, RedirectAttributes redirect) {
        long id = proposals.propose(topic, user);
        redirect.addFlashAttribute("saved", "议题已提交，等待预审");
        return "redirect:/topics/" + id;
    }

    @GetMapping("/topics/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Topic t = topics.get(id, user);
        boolean worker = user.role() == Role.COMMUNITY_WORKER;
        model.addAttribute("t", t);
        model.addAttribute("stages", topics.stages(id));
        model.addAttribute("mayReview", worker && t.status() == TopicStatus.PROPOSED);
        model.addAttribute("outcomes", List.of(TopicStatus.ADMITTED, TopicStatus.RETURNED, TopicStatus.MERGED, TopicStatus.REFERRED,
                TopicStatus.DECLINED));
        model.addAttribute("others", topics.list(user, null).stream()
                .filter(o -> o.id() != id && (o.status() == TopicStatus.ADMITTED || o.status() == TopicStatus.PROPOSED)).toList());
        model.addAttribute("categories", categories.active());
        model.addAttribute("matter", matters.ofTopic(id).orElse(null));
        if (worker && t.status() == TopicStatus.PROPOSED) {
            model.addAttribute("matters", matters.active(t.committeeId()));
        }
        model.addAttribute("mayRevise", t.status() == TopicStatus.RETURNED && (worker
                || (t.proposerAccountId() != null && t.proposerAccountId() == user.accountId())));
        model.addAttribute("open", t.openStage());
        model.addAttribute("mayClose", t.openStage() != null && t.openStage().closers().contains(user.role()));
        model.addAttribute("votes", meetings.of(id));
        // Only the meetings that may decide the topic are offered (Meetings.hold checks it too).
        model.addAttribute("meetingKinds", meetings.offered(t));
        model.addAttribute("needsMeeting", t.atResolution() && worker && !meetings.passed(id));
        followUp.addTo(model, t, user);
        return "deliberation/topic";
    }

    @PostMapping("/topics/{id}/review")
    @FormPage(value = "/topics/{id}", form = "review")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReviewTopic review,
                  RedirectAttributes redirect) {
        preReview.review(id, review, user);
        redirect.addFlashAttribute("saved", "预审结果：" + review.outcome().label());
        return "redirect:/topics/" + id;
    }

    @PostMapping("/topics/{id}/revise")
    @FormPage(value = "/topics/{id}", form = "revise")
    String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid ReviseTopic revision,
                  RedirectAttributes redirect) {
        proposals.revise(id, revision, user);
        redirect.addFlashAttribute("saved", "已修改，重新提交预审");
        return "redirect:/topics/" + id;
    }

    @PostMapping("/topics/{id}/meetings")
    @FormPage(value = "/topics/{id}", form = "meeting")
    String hold(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid RecordMeeting meeting,
                RedirectAttributes redirect) {
        Quorum.Verdict vote = meetings.hold(id, meeting, user);
        redirect.addFlashAttribute("saved", vote.reason());
        return "redirect:/topics/" + id;
    }

    @PostMapping("/topics/{id}/stages/{stage}")
    @FormPage(value = "/topics/{id}", form = "stage")
    String closeStage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int stage,
                      @Valid CloseStage close, RedirectAttributes redirect) {
        stages.close(id, stage, close, user);
        redirect.addFlashAttribute("saved", "已完成本阶段");
        return "redirect:/topics/" + id;
    }
}
