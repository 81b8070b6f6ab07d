package org.linli.casework.web;

import jakarta.validation.Valid;

import org.linli.casework.CaseView;
import org.linli.casework.internal.RatingForm;
import org.linli.casework.internal.Ratings;
import org.linli.casework.internal.Tracking;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reporter follows a case by its tracking code, open without signing in, and rates it when it is closed. */
@Controller
class TrackController {

    private final Tracking tracking;
    private final Ratings ratings;

    TrackController(Tracking tracking, Ratings ratings) {
        this.tracking = tracking;
        this.ratings = ratings;
    }

    @GetMapping("/track")
    String find(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            if (tracking.find(code).isPresent()) {
                return "redirect:/track/" + code.strip().toUpperCase();
            }
            model.addAttribute("notFound", "没有找到查询码为“" + code.strip() + "”的诉求，请核对后再试");
            model.addAttribute("code", code);
        }
        if (user != null && user.role() == Role.RESIDENT) {
            model.addAttribute("mine", tracking.mine(user));
        }
        return "casework/track-find";
    }

    @GetMapping("/track/{code}")
    String track(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
                 @RequestParam(defaultValue = "") String submitted, Model model) {
        CaseView c = tracking.get(code);
        model.addAttribute("c", c);
        model.addAttribute("steps", tracking.steps(c));
        model.addAttribute("photos", tracking.reporterPhotos(c));
        model.addAttribute("outcome", tracking.outcome(c));
        model.addAttribute("ratings", ratings.of(c.id()));
        model.addAttribute("awaitsRating", ratings.awaitsRating(c));
        model.addAttribute("signedInReporter", user != null && tracking.isReporter(c, user, null));
        model.addAttribute("submitted", !submitted.isEmpty());
        model.addAttribute("grades", Ratings.GRADES);
        return "casework/track";
    }

    @PostMapping("/track/{code}/rate")
    @FormPage(value = "/track/{code}", form = "rate")
    String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @Valid RatingForm form,
                RedirectAttributes redirect) {
        CaseView c = tracking.get(code);
        ratings.rate(c, form, user);
        redirect.addFlashAttribute("saved", form.score() <= 2 ? "感谢评价，诉求已重新交办整改" : "感谢您的评价");
        return "redirect:/track/" + c.trackingCode();
    }

    @GetMapping("/track/{code}/photos/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long photo) {
        CaseView c = tracking.get(code);
        return Uploads.response(tracking.reporterPhoto(c, photo));
    }
}
