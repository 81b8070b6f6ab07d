package org.linli.deliberation.web;

import jakarta.validation.Valid;

import org.linli.deliberation.Implementation;
import org.linli.deliberation.MarkTask;
import org.linli.deliberation.NewTask;
import org.linli.deliberation.followup.Evaluate;
import org.linli.deliberation.followup.Evaluations;
import org.linli.deliberation.followup.Reason;
import org.linli.deliberation.followup.RectificationText;
import org.linli.deliberation.followup.Rectifications;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writes after the vote: implementation tasks, evaluations and rectification. Every answer goes
 * back to the topic page; a refused one shows it again with the refusal beside its form.
 */
@Controller
class FollowUpController {

    private final Implementation implementation;
    private final Evaluations evaluations;
    private final Rectifications rectifications;

    FollowUpController(Implementation implementation, Evaluations evaluations, Rectifications rectifications) {
        this.implementation = implementation;
        this.evaluations = evaluations;
        this.rectifications = rectifications;
    }

    @PostMapping("/topics/{id}/tasks")
    @FormPage(value = "/topics/{id}", form = "task")
    String createTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid NewTask task,
                      RedirectAttributes redirect) {
        implementation.create(id, task, user);
        redirect.addFlashAttribute("saved", "已建立实施任务：" + task.what());
        return back(id, "tasks");
    }

    @PostMapping("/topics/{id}/tasks/{taskId}")
    @FormPage(value = "/topics/{id}", form = "mark")
    String markTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
                    @Valid MarkTask mark, RedirectAttributes redirect) {
        implementation.mark(id, taskId, mark, user);
        redirect.addFlashAttribute("saved", "任务已更新：" + mark.status().label());
        return back(id, "tasks");
    }

    @PostMapping("/topics/{id}/evaluations")
    @FormPage(value = "/topics/{id}", form = "evaluation")
    String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid Evaluate evaluation,
                    RedirectAttributes redirect) {
        evaluations.evaluate(id, evaluation, user);
        redirect.addFlashAttribute("saved", "评价已记录，谢谢");
        return back(id, "evaluation");
    }

    @PostMapping("/topics/{id}/rectification/flag")
    @FormPage(value = "/topics/{id}", form = "flag")
    String flag(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid Reason reason, RedirectAttributes redirect) {
        rectifications.flagByStreet(id, reason, user);
        redirect.addFlashAttribute("saved", "已评定需整改");
        return back(id, "rectification");
    }

    @PostMapping("/topics/{id}/rectification/{step:plan|result}")
    @FormPage(value = "/topics/{id}", form = "rectify")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String step,
                  @Valid RectificationText text, RedirectAttributes redirect) {
        rectifications.report(id, step, text, user);
        redirect.addFlashAttribute("saved", "plan".equals(step) ? "整改方案已记录" : "整改结果已报街道确认");
        return back(id, "rectification");
    }

    @PostMapping("/topics/{id}/rectification/confirm")
    @FormPage(value = "/topics/{id}", form = "confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        rectifications.confirm(id, user);
        redirect.addFlashAttribute("saved", "已确认整改结果");
        return back(id, "rectification");
    }

    @PostMapping("/topics/{id}/rectification/return")
    @FormPage(value = "/topics/{id}", form = "return")
    String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid Reason reason,
                    RedirectAttributes redirect) {
        rectifications.sendBack(id, reason, user);
        redirect.addFlashAttribute("saved", "已退回整改结果，居（村）委会将重新整改");
        return back(id, "rectification");
    }

    private static String back(long id, String anchor) {
        return "redirect:/topics/" + id + "#" + anchor;
    }
}
