package org.linli.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.linli.casework.CaseRejected;
import org.linli.casework.CaseView;
import org.linli.casework.Cases;
import org.linli.casework.Categories;
import org.linli.casework.Channel;
import org.linli.casework.Intake;
import org.linli.casework.NewCase;
import org.linli.casework.Ratings;
import org.linli.casework.Submitter;
import org.linli.casework.Tracking;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.Phone;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Masks;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Residents' pages, open without signing in: report a problem (with a phone number, or as a
 * signed-in resident), follow it by its tracking code, and rate it when it is closed.
 */
@Controller
class ReportController {

    private final Intake intake;
    private final Tracking tracking;
    private final Ratings ratings;
    private final Categories categories;
    private final Divisions divisions;
    private final String region;

    ReportController(Intake intake, Tracking tracking, Ratings ratings, Categories categories, Divisions divisions,
                     @Value("${linli.cases.public-region:150104}") String region) {
        this.intake = intake;
        this.tracking = tracking;
        this.ratings = ratings;
        this.categories = categories;
        this.divisions = divisions;
        this.region = region;
    }

    @GetMapping("/report")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("submissionKey", UUID.randomUUID().toString());
        if (user != null && user.role() == Role.RESIDENT) {
            divisions.findUnscoped(user.divisionId()).ifPresent(d -> typed.put("placeCode", d.code()));
        }
        return form(user, model, typed, Map.of());
    }

    @PostMapping("/report")
    String submit(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model) {
        boolean resident = user != null && user.role() == Role.RESIDENT;
        String phone = params.getOrDefault("reporterPhone", "").strip();
        String actor = resident ? user.username()
                : "居民" + (Phone.problem(phone) == null ? " " + Masks.phone(phone.substring(0, 3), phone.substring(7)) : "");
        Submitter who = new Submitter(actor, Role.RESIDENT, publicScope(), resident ? user.accountId() : null, null);
        NewCase form = new NewCase(params.get("category"), params.get("placeCode"), null, params.get("description"), Channel.RESIDENT,
                null, params.get("reporterName"), phone, params.get("address"), params.get("latitude"), params.get("longitude"),
                params.get("submissionKey"), Uploads.photos(photos));
        Intake.Result result = intake.open(form, who);
        if (!result.ok()) {
            return form(user, model, params, result.errors());
        }
        return "redirect:/track/" + result.trackingCode() + "?submitted=1";
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
        CaseView c = tracking.find(code).orElseThrow(() -> new NotFoundException("tracking " + code));
        model.addAttribute("c", c);
        model.addAttribute("steps", tracking.steps(c));
        model.addAttribute("photos", tracking.reporterPhotos(c));
        model.addAttribute("ratings", ratings.of(c.id()));
        model.addAttribute("awaitsRating", ratings.awaitsRating(c));
        model.addAttribute("signedInReporter", user != null && tracking.isReporter(c, user, null));
        model.addAttribute("submitted", !submitted.isEmpty());
        model.addAttribute("grades", Ratings.GRADES);
        return "casework/track";
    }

    @PostMapping("/track/{code}/rate")
    String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @RequestParam(defaultValue = "0") int score,
                @RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "") String phone, Model model,
                RedirectAttributes redirect) {
        CaseView c = tracking.find(code).orElseThrow(() -> new NotFoundException("tracking " + code));
        try {
            if (!tracking.isReporter(c, user, phone)) {
                throw new CaseRejected("只有反映人可以评价：请填写登记时留下的手机号");
            }
            String rater = user != null && user.role() == Role.RESIDENT ? user.username()
                    : "居民 " + Masks.phone(phone.strip().substring(0, 3), phone.strip().substring(7));
            ratings.rate(c.id(), score, comment, rater);
        } catch (CaseRejected e) {
            model.addAttribute("rateError", e.getMessage());
            model.addAttribute("typedComment", comment);
            model.addAttribute("typedScore", score);
            return track(user, code, "", model);
        }
        redirect.addFlashAttribute("saved", score <= 2 ? "感谢评价，诉求已重新交办整改" : "感谢您的评价");
        return "redirect:/track/" + c.trackingCode();
    }

    @GetMapping("/track/{code}/photos/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long photo) {
        CaseView c = tracking.find(code).orElseThrow(() -> new NotFoundException("tracking " + code));
        Cases.Photo p = tracking.reporterPhoto(c, photo);
        return Uploads.response(p);
    }

    private DataScope publicScope() {
        return divisions.findByCode(region).map(d -> new DataScope(d.path()))
                .orElseThrow(() -> new IllegalStateException("linli.cases.public-region " + region + " is not a division"));
    }

    private String form(CurrentUser user, Model model, Map<String, String> typed, Map<String, String> errors) {
        DataScope scope = publicScope();
        Map<String, List<Division>> committees = new LinkedHashMap<>();
        for (Division street : divisions.search("", scope, List.of(Level.STREET), 500)) {
            committees.put(street.name(), divisions.search("", new DataScope(street.path()), List.of(Level.COMMITTEE), 500));
        }
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", categories.active());
        model.addAttribute("committees", committees);
        model.addAttribute("resident", user != null && user.role() == Role.RESIDENT);
        return "casework/report";
    }
}
