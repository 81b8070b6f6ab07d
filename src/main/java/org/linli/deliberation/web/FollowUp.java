package org.linli.deliberation.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.deliberation.Evaluations;
import org.linli.deliberation.Implementation;
import org.linli.deliberation.Rating;
import org.linli.deliberation.Task;
import org.linli.deliberation.TaskStatus;
import org.linli.deliberation.Topic;
import org.linli.deliberation.TopicStatus;
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

    private final Implementation implementation;
    private final Evaluations evaluations;

    FollowUp(Implementation implementation, Evaluations evaluations) {
        this.implementation = implementation;
        this.evaluations = evaluations;
    }

    void addTo(Model model, Topic t, CurrentUser user) {
        List<Task> tasks = implementation.of(t.id(), user);
        boolean mayPlan = implementation.mayPlan(t, user);
        model.addAttribute("tasks", tasks);
        model.addAttribute("mayPlan", mayPlan);
        model.addAttribute("owners", mayPlan ? implementation.owners(t) : List.of());
        Set<Long> updatable = tasks.stream().filter(k -> implementation.mayUpdate(t, k, user)).map(Task::id).collect(Collectors.toSet());
        model.addAttribute("updatable", updatable);
        model.addAttribute("taskStatuses", List.of(TaskStatus.IN_PROGRESS, TaskStatus.DONE));
        model.addAttribute("resolved", Implementation.resolved(t) || t.status() == TopicStatus.COMPLETED);
        model.addAttribute("resultOpen", t.openStage() != null && t.stage() == t.procedure().stages().size() - 1);

        boolean staff = user.role() != Role.RESIDENT;
        List<Evaluations.Evaluation> all = evaluations.of(t.id(), user);
        // Residents see the tally and their own evaluation; staff see who said what.
        model.addAttribute("evaluations", staff ? all : all.stream()
                .filter(e -> e.accountId() != null && e.accountId() == user.accountId()).toList());
        model.addAttribute("summary", evaluations.summary(t.id()));
        model.addAttribute("mayEvaluate", evaluations.mayEvaluate(t, user));
        model.addAttribute("onBehalf", staff);
        model.addAttribute("ratings", Rating.values());
        Evaluations.Rectification r = evaluations.rectification(t.id());
        model.addAttribute("rectification", r);
        model.addAttribute("mayFlag", user.role() == Role.STREET_STAFF && t.status() == TopicStatus.COMPLETED && (r == null || !r.open()));
        model.addAttribute("mayPlanRectification", user.role() == Role.COMMUNITY_WORKER && r != null && r.open() && r.result() == null);
        // The street either confirms the reported result or sends it back with a reason.
        model.addAttribute("mayConfirm", user.role() == Role.STREET_STAFF && r != null && r.open() && r.result() != null);
    }
}
