package org.linli.workforce.web;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Worker;
import org.linli.workforce.growth.Appraisal;
import org.linli.workforce.growth.AppraisalForm;
import org.linli.workforce.growth.Growth;
import org.linli.workforce.growth.RewardForm;
import org.linli.workforce.growth.TrainingDues;
import org.linli.workforce.growth.TrainingForm;
import org.linli.workforce.pay.PayReview;
import org.linli.workforce.register.Qualifications;
import org.linli.workforce.register.QualificationForm;
import org.linli.workforce.register.Register;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker's growth record on one page (/workforce/{id}): qualifications and pay today, training and
 * its due date, appraisals, pay changes and rewards; the street and the district enter each.
 */
@Controller
class WorkerController {

    private final Register register;
    private final Qualifications qualifications;
    private final Growth growth;
    private final TrainingDues dues;
    private final PayReview pay;
    private final PlaceNames placeNames;

    WorkerController(Register register, Qualifications qualifications, Growth growth, TrainingDues dues, PayReview pay,
                     PlaceNames placeNames) {
        this.register = register;
        this.qualifications = qualifications;
        this.growth = growth;
        this.dues = dues;
        this.pay = pay;
        this.placeNames = placeNames;
    }

    @GetMapping("/workforce/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Worker w = register.growth(id, user);
        boolean maySeePay = Register.maySeePay(w, user);
        model.addAttribute("w", w);
        model.addAttribute("place", placeNames.labels(java.util.List.of(w.divisionPath())).getOrDefault(w.divisionPath(), ""));
        model.addAttribute("mayEdit", Register.mayEdit(user));
        model.addAttribute("maySeePay", maySeePay);
        model.addAttribute("pay", maySeePay ? pay.today(w).orElse(null) : null);
        model.addAttribute("changes", maySeePay ? pay.changes(w.id()) : java.util.List.of());
        model.addAttribute("training", growth.training(w));
        model.addAttribute("due", dues.of(w));
        model.addAttribute("appraisals", growth.appraisals(w));
        model.addAttribute("rewards", growth.rewards(w));
        model.addAttribute("degrees", Degree.values());
        model.addAttribute("certificates", Certificate.values());
        model.addAttribute("results", Appraisal.Result.values());
        return "workforce/worker";
    }

    @PostMapping("/workforce/{id}/qualifications")
    @FormPage(value = "/workforce/{id}", form = "qualification")
    String qualification(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid QualificationForm form,
                         RedirectAttributes redirect) {
        Worker after = qualifications.change(id, form, user);
        redirect.addFlashAttribute("saved", "已更新学历与证书：现为 " + after.grade() + " 级");
        return "redirect:/workforce/" + id;
    }

    @PostMapping("/workforce/{id}/training")
    @FormPage(value = "/workforce/{id}", form = "training")
    String training(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid TrainingForm form, RedirectAttributes redirect) {
        growth.attend(id, form, user);
        redirect.addFlashAttribute("saved", "已登记培训：" + form.title());
        return "redirect:/workforce/" + id;
    }

    @PostMapping("/workforce/{id}/appraisals")
    @FormPage(value = "/workforce/{id}", form = "appraisal")
    String appraisal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid AppraisalForm form,
                     RedirectAttributes redirect) {
        growth.appraise(id, form, user);
        redirect.addFlashAttribute("saved", "已登记 " + form.year() + " 年度考核");
        return "redirect:/workforce/" + id;
    }

    @PostMapping("/workforce/{id}/rewards")
    @FormPage(value = "/workforce/{id}", form = "reward")
    String reward(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid RewardForm form, RedirectAttributes redirect) {
        growth.reward(id, form, user);
        redirect.addFlashAttribute("saved", "已登记奖励：" + form.title());
        return "redirect:/workforce/" + id;
    }
}
