package org.linli.deliberation.web;

import java.util.Map;

import org.linli.deliberation.Evaluations;
import org.linli.deliberation.Implementation;
import org.linli.deliberation.Rating;
import org.linli.deliberation.TaskStatus;
import org.linli.deliberation.TopicRejected;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writes after the vote: implementation tasks, evaluations and rectification. Every answer goes
 * back to the topic page; a refusal carries its reason and what was typed as flash attributes.
 */
@Controller
class FollowUpController {

    private final Implementation implementation;
    private final Evaluations evaluations;

    FollowUpController(Implementation implementation, Evaluations evaluations) {
        this.implementation = implementation;
        this.evaluations = evaluations;
    }

    @PostMapping("/topics/{id}/tasks")
    String createTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form,
                      RedirectAttributes redirect) {
        try {
            Map<String, String> errors = implementation.create(id, form, user);
            if (!errors.isEmpty()) {
                redirect.addFlashAttribute("taskErrors", errors);
                redirect.addFlashAttribute("typedTask", form);
                return back(id, "tasks");
            }
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("followUpError", e.getMessage());
            return back(id, "tasks");
        }
        redirect.addFlashAttribute("saved", "已建立实施任务：" + form.get("what"));
        return back(id, "tasks");
    }

    @PostMapping("/topics/{id}/tasks/{taskId}")
    String markTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
                    @RequestParam(required = false) TaskStatus status, @RequestParam(defaultValue = "") String note,
                    RedirectAttributes redirect) {
        try {
            implementation.mark(id, taskId, status, note, user);
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("followUpError", e.getMessage());
            redirect.addFlashAttribute("typedTaskId", taskId);
            redirect.addFlashAttribute("typedNote", note);
            return back(id, "tasks");
        }
        redirect.addFlashAttribute("saved", "任务已更新：" + status.label());
        return back(id, "tasks");
    }

    @PostMapping("/topics/{id}/evaluations")
    String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Rating rating,
                    @RequestParam(defaultValue = "") String representative, @RequestParam(defaultValue = "") String comment,
                    RedirectAttributes redirect) {
        try {
            evaluations.evaluate(id, rating, representative, comment, user);
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("followUpError", e.getMessage());
            redirect.addFlashAttribute("typedEvaluation", Map.of("rating", rating == null ? "" : rating.name(),
                    "representative", representative, "comment", comment));
            return back(id, "evaluation");
        }
        redirect.addFlashAttribute("saved", "评价已记录，谢谢");
        return back(id, "evaluation");
    }

    @PostMapping("/topics/{id}/rectification/flag")
    String flag(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                RedirectAttributes redirect) {
        return rectify(id, redirect, reason, () -> evaluations.flagByStreet(id, reason, user), "已评定需整改");
    }

    @PostMapping("/topics/{id}/rectification/{field:plan|result}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String field,
                  @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        return rectify(id, redirect, text, () -> evaluations.report(id, field, text, user),
                "plan".equals(field) ? "整改方案已记录" : "整改结果已报街道确认");
    }

    @PostMapping("/topics/{id}/rectification/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return rectify(id, redirect, "", () -> evaluations.confirm(id, user), "已确认整改结果");
    }

    @PostMapping("/topics/{id}/rectification/return")
    String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                    RedirectAttributes redirect) {
        return rectify(id, redirect, reason, () -> evaluations.sendBack(id, reason, user), "已退回整改结果，居（村）委会将重新整改");
    }

    private String rectify(long id, RedirectAttributes redirect, String typed, Runnable action, String saved) {
        try {
            action.run();
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("followUpError", e.getMessage());
            redirect.addFlashAttribute("typedRectification", typed);
            return back(id, "rectification");
        }
        redirect.addFlashAttribute("saved", saved);
        return back(id, "rectification");
    }

    private static String back(long id, String anchor) {
        return "redirect:/topics/" + id + "#" + anchor;
    }
}
