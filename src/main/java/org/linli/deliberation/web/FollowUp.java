package org.linli.deliberation.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.deliberation.Implementation;
import org.linli.deliberation.Task;
import org.linli.deliberation.TaskStatus;
import org.linli.deliberation.followup.Evaluation;
import org.linli.deliberation.Representatives;
import org.linli.deliberation.followup.Evaluations;
import org.linli.deliberation.topics.Committees;
import org.linli.deliberation.followup.Rating;
import org.linli.deliberation.followup.Rectification;
import org.linli.deliberation.followup.Rectifications;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.TopicStatus;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the topic page shows after the vote (fragment {@code deliberation/follow-up}): the
 * implementation tasks, the representatives' evaluation and any rectification, with what the
 * signed-in user may do about each.
 */
@Component
class FollowUp {

    /** The forms of the follow-up section, whose refusals it shows itself. */
    static final Set<String> FORMS = Set.of("task", "mark", "evaluation", "flag", "rectify", "confirm", "return");

    private final Implementation implementation;
    private final Evaluations evaluations;
    private final Representatives representatives;
    private final Committees committees;
    private final Rectifications rectifications;

    FollowUp(Implementation implementation, Evaluations evaluations, Rectifications rectifications,
             Representatives representatives, Committees committees) {
        this.representatives = representatives;
        this.committees = committees;
        this.implementation = implementation;
        this.evaluations = evaluations;
        this.rectifications = rectifications;
    }

    void addTo(Model model, Topic t, CurrentUser user) {
        List<Task> tasks = implementation.of(t.id(), user);
        boolean mayPlan = implementation.mayPlan(t, user);
        refused(model);
        model.addAttribute("tasks", tasks);
        model.addAttribute("mayPlan", mayPlan);
        model.addAttribute("owners", mayPlan ? implementation.owners(t) : List.of());
        Set<Long> updatable = tasks.stream().filter(k -> implementation.mayUpdate(t, k, user)).map(Task::id).collect(Collectors.toSet());
        model.addAttribute("updatable", updatable);
        model.addAttribute("taskStatuses", List.of(TaskStatus.IN_PROGRESS, TaskStatus.DONE));
        model.addAttribute("resolved", Implementation.resolved(t) || t.status() == TopicStatus.COMPLETED);
        model.addAttribute("resultOpen", t.openStage() != null && t.stage() == t.procedure().stages().size() - 1);

        boolean staff = user.role() != Role.RESIDENT;
        List<Evaluation> all = evaluations.of(t.id(), user);
        // Residents see the tally and their own evaluation; staff see who said what.
        model.addAttribute("evaluations", staff ? all : all.stream()
                .filter(e -> e.accountId() != null && e.accountId() == user.accountId()).toList());
        model.addAttribute("summary", evaluations.summary(t.id()));
        boolean mayEvaluate = evaluations.mayEvaluate(t, user);
        model.addAttribute("mayEvaluate", mayEvaluate);
        model.addAttribute("onBehalf", staff);
        // On behalf, staff choose from the committee's roster: a name that is not on it cannot be counted.
        model.addAttribute("roster", staff && mayEvaluate ? representatives.roster(committees.get(t.committeeId())) : List.of());
        model.addAttribute("verifyFirst", !staff && !mayEvaluate && t.status() == TopicStatus.COMPLETED
                && evaluations.needsVerification(user));
        model.addAttribute("ratings", Rating.values());
        Rectification r = rectifications.of(t.id());
        model.addAttribute("rectification", r);
        model.addAttribute("mayFlag", user.role() == Role.STREET_STAFF && t.status() == TopicStatus.COMPLETED && (r == null || !r.open()));
        model.addAttribute("mayPlanRectification", user.role() == Role.COMMUNITY_WORKER && r != null && r.open() && r.result() == null);
        // The street either confirms the reported result or sends it back with a reason.
        model.addAttribute("mayConfirm", user.role() == Role.STREET_STAFF && r != null && r.open() && r.result() != null);
    }

    /**
     * A refused follow-up form, as the section shows it: the reason above the section (the task
     * form lists its field errors itself) and what was typed back in the form it came from.
     */
    private static void refused(Model model) {
        String form = String.valueOf(model.getAttribute("refusedForm"));
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) model.getAttribute("errors");
        @SuppressWarnings("unchecked")
        Map<String, String> typed = (Map<String, String>) model.getAttribute("typed");
        Object refusal = model.getAttribute("refusal");
        boolean ours = FORMS.contains(form);
        boolean task = form.equals("task");
        model.addAttribute("followUpForm", ours);
        model.addAttribute("followUpError", !ours ? null : refusal != null ? refusal
                : task || errors.isEmpty() ? null : String.join("；", errors.values()));
        model.addAttribute("taskErrors", task && !errors.isEmpty() ? errors : null);
        model.addAttribute("typedTask", task ? typed : null);
        model.addAttribute("typedTaskId", form.equals("mark") && typed.containsKey("task") ? Long.valueOf(typed.get("task")) : null);
        model.addAttribute("typedNote", typed.get("note"));
        model.addAttribute("typedEvaluation", form.equals("evaluation") ? typed : null);
        model.addAttribute("typedRectification", Set.of("flag", "rectify", "return").contains(form)
                ? typed.getOrDefault("reason", typed.get("text")) : null);
    }
}
