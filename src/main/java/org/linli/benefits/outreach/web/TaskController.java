package org.linli.benefits.outreach.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.linli.benefits.outreach.BenefitChoices;
import org.linli.benefits.outreach.EligibleFilter;
import org.linli.benefits.outreach.Outcome;
import org.linli.benefits.outreach.OutcomeForm;
import org.linli.benefits.outreach.Outcomes;
import org.linli.benefits.outreach.OutreachRoles;
import org.linli.benefits.outreach.Tasks;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outreach tasks on a phone: the grid worker's (their grid's open matches) and the committee's,
 * each opened to record what came of it.
 */
@Controller
class TaskController {

    private final Tasks tasks;
    private final Outcomes outcomes;
    private final BenefitChoices benefits;
    private final Clock clock;

    TaskController(Tasks tasks, Outcomes outcomes, BenefitChoices benefits, Clock clock) {
        this.tasks = tasks;
        this.outcomes = outcomes;
        this.benefits = benefits;
        this.clock = clock;
    }

    @GetMapping("/benefits/tasks")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") EligibleFilter filter,
                @RequestParam(defaultValue = "0") int page, Model model) {
        requireWorker(user);
        boolean refused = model.containsAttribute("refusal") || !((Map<?, ?>) model.getAttribute("errors")).isEmpty();
        Tasks.Page result = refused ? new Tasks.Page(List.of(), 0) : tasks.page(user, filter, page, EligibleController.PAGE);
        model.addAttribute("benefits", benefits.visible(user.scope()));
        model.addAttribute("result", result);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (result.total() + EligibleController.PAGE - 1) / EligibleController.PAGE));
        return "benefits/tasks";
    }

    @GetMapping("/benefits/tasks/{id}")
    String task(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        requireWorker(user);
        model.addAttribute("detail", tasks.get(id, user));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("defaultDay", LocalDate.now(clock).toString());
        return "benefits/task";
    }

    @PostMapping("/benefits/tasks/{id}/outcome")
    @FormPage("/benefits/tasks/{id}")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid OutcomeForm form,
                  BindingResult errors, RedirectAttributes redirect) throws BindException {
        requireWorker(user);
        // The scope first: a task outside it is not found, whatever was typed.
        tasks.get(id, user);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        outcomes.record(id, form, user);
        redirect.addFlashAttribute("saved", "已记录走访结果");
        return "redirect:/benefits/tasks/" + id;
    }

    private static void requireWorker(CurrentUser user) {
        if (!OutreachRoles.mayWorkTasks(user.role())) {
            throw new NotFoundException("outreach tasks");
        }
    }
}
