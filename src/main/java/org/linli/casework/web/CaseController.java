package org.linli.casework.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.linli.casework.CaseRejected;
import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.casework.Cases;
import org.linli.casework.Categories;
import org.linli.casework.Channel;
import org.linli.casework.Departments;
import org.linli.casework.Extensions;
import org.linli.casework.Intake;
import org.linli.casework.NewCase;
import org.linli.casework.Ratings;
import org.linli.casework.Submitter;
import org.linli.casework.Summons;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff and departments: the queue, entering a case, and every step of the loop on the case page. */
@Controller
class CaseController {

    private static final int PAGE = 50;

    private final Cases cases;
    private final Intake intake;
    private final Summons summons;
    private final Ratings ratings;
    private final Categories categories;
    private final Departments departments;
    private final Divisions divisions;
    private final Extensions extensions;
    private final Clock clock;

    CaseController(Cases cases, Intake intake, Summons summons, Ratings ratings, Categories categories,
                   Departments departments, Divisions divisions, Extensions extensions, Clock clock) {
        this.clock = clock;
        this.extensions = extensions;
        this.cases = cases;
        this.intake = intake;
        this.summons = summons;
        this.ratings = ratings;
        this.categories = categories;
        this.departments = departments;
        this.divisions = divisions;
    }

    @GetMapping("/cases")
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
                 @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String division,
                 @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        List<Division> children = user.role() == Role.DEPARTMENT_STAFF ? List.of()
                : divisions.findUnscoped(user.divisionId()).map(d -> divisions.children(d, user.scope(), 0, 500)).orElse(List.of());
        String under = children.stream().filter(d -> d.code().equals(division)).map(Division::path).findFirst().orElse(null);
        Cases.Filter filter = new Cases.Filter(status, category.isBlank() ? null : category, under, open, overdue);
        long total = cases.count(user, filter);
        int p = Math.max(0, page);
        model.addAttribute("cases", cases.queue(user, filter, p, PAGE));
        model.addAttribute("total", total);
        model.addAttribute("pages", (int) Math.min(200, (total + PAGE - 1) / PAGE));
        model.addAttribute("page", p);
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("division", division);
        model.addAttribute("open", open);
        model.addAttribute("overdue", overdue);
        model.addAttribute("children", children);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("waiting", cases.waiting(user));
        model.addAttribute("department", departments.of(user).orElse(null));
        model.addAttribute("extensionRequests", extensions.pending(user, 20));
        model.addAttribute("extensionCount", extensions.pendingCount(user));
        model.addAttribute("base", "/cases?open=" + open + "&overdue=" + overdue + "&category=" + category + "&division=" + division
                + (status == null ? "" : "&status=" + status));
        return "casework/cases";
    }

    @GetMapping("/cases/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        Channel channel = user.role() == Role.GRID_WORKER ? Channel.GRID_PATROL : Channel.PHONE;
        String place = user.role() == Role.GRID_WORKER ? divisions.findUnscoped(user.divisionId()).map(Division::code).orElse("") : "";
        return form(user, model, Map.of("channel", channel.name(), "placeCode", place,
                "submissionKey", java.util.UUID.randomUUID().toString()), Map.of());
    }

    @PostMapping("/cases/new")
    String open(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params,
                @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                RedirectAttributes redirect) {
        if (user.role() == Role.DEPARTMENT_STAFF) {
            throw new org.linli.shared.NotFoundException("intake");
        }
        Channel channel = parseChannel(params.get("channel"));
        NewCase form = new NewCase(params.get("category"), params.get("placeCode"), params.get("title"), params.get("description"),
                channel, params.get("hotlineNumber"), params.get("reporterName"), params.get("reporterPhone"),
                params.get("address"), params.get("latitude"), params.get("longitude"), params.get("submissionKey"),
                Uploads.photos(photos));
        Intake.Result result = intake.open(form, Submitter.staff(user));
        if (!result.ok()) {
            return form(user, model, params, result.errors());
        }
        redirect.addFlashAttribute("saved", result.duplicate() ? "该诉求已登记过，未重复登记" : "诉求已登记，编号 " + result.number());
        return "redirect:/cases/" + result.caseId();
    }

    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseView c = cases.get(id, user);
        model.addAttribute("c", c);
        model.addAttribute("log", cases.log(id, user));
        model.addAttribute("attachments", cases.attachments(id, user));
        model.addAttribute("moves", user.role() == Role.DEPARTMENT_STAFF ? List.of() : cases.plainMoves(c, user));
        List<Summons.Summoned> summonses = summons.of(id, user);
        model.addAttribute("summonses", summonses);
        model.addAttribute("ratings", ratings.of(id));
        model.addAttribute("mayRevealReporter", c.reporterPhoneMask() != null && user.role() != Role.GRID_WORKER);
        boolean maySummon = c.status().mayMoveTo(CaseStatus.SUMMONED, user.role());
        model.addAttribute("maySummon", maySummon);
        if (maySummon) {
            model.addAttribute("summonable", departments.summonableFrom(user.scope().path()));
            model.addAttribute("defaultDepartment", categories.find(c.categoryCode()).map(k -> k.defaultDepartment()).orElse(null));
        }
        departments.of(user).ifPresent(d -> {
            model.addAttribute("department", d);
            summonses.stream().filter(s -> s.departmentId() == d.id() && s.round() == summonses.getFirst().round()).findFirst()
                    .ifPresent(s -> model.addAttribute("mySummons", s));
            model.addAttribute("departmentActs", c.status() == CaseStatus.SUMMONED);
        });
        showExtensions(c, user, model);
        return "casework/case";
    }

    /** The extension requests of the case, the holder's request form and the street's decisions. */
    private void showExtensions(CaseView c, CurrentUser user, Model model) {
        List<Extensions.Request> requests = extensions.of(c.id(), user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        model.addAttribute("extensions", requests);
        model.addAttribute("decidesExtensions", Extensions.decides(user));
        extensions.holding(c, user).filter(h -> !h.passed(now)).ifPresent(h -> {
            model.addAttribute("holding", h);
            requests.stream().filter(r -> r.live(now) && java.util.Objects.equals(r.summonsId(), h.summonsId())).findFirst()
                    .ifPresent(r -> model.addAttribute("myPendingExtension", r));
        });
    }

    @PostMapping("/cases/{id}/extensions")
    String requestExtension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                            @RequestParam(defaultValue = "") String newDue, @RequestParam(defaultValue = "") String reason,
                            Model model, RedirectAttributes redirect) {
        try {
            extensions.request(id, newDue, reason, user);
        } catch (CaseRejected e) {
            model.addAttribute("typedDue", newDue);
            model.addAttribute("typedReason", reason);
            return extensionAgain(user, id, model, e);
        }
        redirect.addFlashAttribute("saved", "延期申请已提交，等待街道审批");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/extensions/{request}/{decision:approve|refuse}")
    String decideExtension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long request,
                           @PathVariable String decision, @RequestParam(defaultValue = "") String note, Model model,
                           RedirectAttributes redirect) {
        try {
            if ("approve".equals(decision)) {
                extensions.approve(id, request, note, user);
            } else {
                extensions.refuse(id, request, note, user);
            }
        } catch (CaseRejected e) {
            model.addAttribute("typedDecision", note);
            model.addAttribute("decisionFor", request);
            return extensionAgain(user, id, model, e);
        }
        redirect.addFlashAttribute("saved", "approve".equals(decision) ? "已批准延期，时限已调整" : "已不予批准延期");
        return "redirect:/cases/" + id;
    }

    private String extensionAgain(CurrentUser user, long id, Model model, CaseRejected e) {
        model.addAttribute("extensionError", e.getMessage());
        return show(user, id, model);
    }

    @PostMapping("/cases/{id}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam CaseStatus to,
                @RequestParam(defaultValue = "") String note, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                Model model, RedirectAttributes redirect) {
        try {
            if (user.role() == Role.DEPARTMENT_STAFF) {
                throw new CaseRejected("部门通过报到和反馈办理案件");
            }
            cases.move(id, to, note, Uploads.photos(photos), user);
        } catch (CaseRejected e) {
            return again(user, id, model, e, "typedNote", note);
        }
        redirect.addFlashAttribute("saved", "已改为“" + to.label() + "”");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/summon")
    String summon(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @RequestParam(name = "department", required = false) List<Long> chosen,
                  @RequestParam(required = false) Long leading, @RequestParam(defaultValue = "") String note,
                  Model model, RedirectAttributes redirect) {
        try {
            summons.summon(id, chosen, leading, note, user);
        } catch (CaseRejected e) {
            return again(user, id, model, e, "typedSummonNote", note);
        }
        redirect.addFlashAttribute("saved", "已吹哨，等待部门报到");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/check-in")
    String checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            summons.checkIn(id, user);
        } catch (CaseRejected e) {
            return again(user, id, model, e, "typedReport", "");
        }
        redirect.addFlashAttribute("saved", "已报到");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/report-back")
    String reportBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String note,
                      @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                      RedirectAttributes redirect) {
        try {
            summons.reportBack(id, note, Uploads.photos(photos), user);
        } catch (CaseRejected e) {
            return again(user, id, model, e, "typedReport", note);
        }
        redirect.addFlashAttribute("saved", "已反馈办理情况");
        return "redirect:/cases/" + id;
    }

    /** The reporter's whole phone number, for a handler who must call back; every reveal is audited. */
    @PostMapping("/cases/{id}/reporter-phone")
    @ResponseBody
    String revealReporter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return "<span data-testid=\"reporter-phone\">" + cases.revealReporterPhone(id, user) + "</span>";
    }

    @GetMapping("/cases/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long photo) {
        Cases.Photo p = cases.photo(id, photo, user);
        return Uploads.response(p);
    }

    private String again(CurrentUser user, long id, Model model, CaseRejected e, String field, String typed) {
        model.addAttribute("moveError", e.getMessage());
        model.addAttribute(field, typed);
        return show(user, id, model);
    }

    private static Channel parseChannel(String text) {
        try {
            return text == null ? null : Channel.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String form(CurrentUser user, Model model, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", categories.active());
        model.addAttribute("channels", List.of(Channel.PHONE, Channel.HOTLINE_12345, Channel.WALK_IN, Channel.GRID_PATROL));
        model.addAttribute("places", divisions.search("", user.scope(), List.of(Level.COMMITTEE, Level.GRID, Level.ESTATE), 300));
        return "casework/case-form";
    }
}
