package org.linli.casework.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.linli.casework.CaseStatus;
import org.linli.casework.CaseView;
import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.Departments;
import org.linli.casework.Extensions;
import org.linli.casework.internal.CaseMoves;
import org.linli.casework.internal.CaseReads;
import org.linli.casework.internal.Extension;
import org.linli.casework.internal.GridWork;
import org.linli.casework.internal.ExtensionRequests;
import org.linli.casework.internal.Move;
import org.linli.casework.internal.Ratings;
import org.linli.casework.internal.Summons;
import org.linli.shared.CurrentUser;
import org.linli.shared.Masks;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page, which holds every step of the loop (its forms post to this and the summons and
 * extension controllers, and come back here when refused), and the plain moves.
 */
@Controller
class CaseController {

    private final CaseReads reads;
    private final CaseMoves moves;
    private final Summons summons;
    private final Ratings ratings;
    private final Categories categories;
    private final Departments departments;
    private final ExtensionRequests extensions;
    private final GridWork grid;
    private final CaseLocations locations;
    private final Clock clock;

    CaseController(CaseReads reads, CaseMoves moves, Summons summons, Ratings ratings, Categories categories, Departments departments,
                   ExtensionRequests extensions, GridWork grid, CaseLocations locations, Clock clock) {
        this.grid = grid;
        this.locations = locations;
        this.reads = reads;
        this.moves = moves;
        this.summons = summons;
        this.ratings = ratings;
        this.categories = categories;
        this.departments = departments;
        this.extensions = extensions;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseView c = reads.get(id, user);
        model.addAttribute("c", c);
        locations.shown(c).ifPresent(point -> model.addAttribute("point", point));
        model.addAttribute("log", reads.log(id, user));
        model.addAttribute("attachments", reads.attachments(id, user));
        model.addAttribute("moves", moves.plainMoves(c, user));
        List<Summons.Summoned> summonses = summons.of(id, user);
        model.addAttribute("summonses", summonses);
        model.addAttribute("ratings", ratings.of(id));
        model.addAttribute("mayRevealReporter", c.reporterPhoneMask() != null && user.role() != Role.GRID_WORKER);
        boolean maySummon = c.status().mayMoveTo(CaseStatus.SUMMONED, user.role());
        model.addAttribute("maySummon", maySummon);
        if (maySummon) {
            model.addAttribute("summonable", departments.summonableFrom(user.scope().path()));
            model.addAttribute("defaultDepartment", categories.find(c.categoryCode()).map(Category::defaultDepartment).orElse(null));
        }
        departments.of(user).ifPresent(d -> {
            model.addAttribute("department", d);
            summonses.stream().filter(s -> s.departmentId() == d.id() && s.round() == summonses.getFirst().round()).findFirst()
                    .ifPresent(s -> model.addAttribute("mySummons", s));
            model.addAttribute("departmentActs", c.status() == CaseStatus.SUMMONED);
        });
        showExtensions(c, user, model);
        showGrid(c, user, model);
        return "casework/case";
    }

    /** The grid's part: who handles it, the dispatch form for the community, the take button for the grid worker. */
    private void showGrid(CaseView c, CurrentUser user, Model model) {
        model.addAttribute("handler", reads.handlerName(c));
        model.addAttribute("mayTake", grid.mayTake(c, user));
        boolean mayDispatch = grid.mayDispatch(c, user);
        model.addAttribute("mayDispatch", mayDispatch);
        if (mayDispatch) {
            model.addAttribute("grids", grid.grids(c, user));
        }
    }

    /** The extension requests of the case, the holder's request form and the street's decisions. */
    private void showExtensions(CaseView c, CurrentUser user, Model model) {
        List<Extension> requests = extensions.of(c.id(), user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        model.addAttribute("extensions", requests);
        model.addAttribute("decidesExtensions", Extensions.decides(user));
        extensions.holding(c, user).filter(h -> !h.passed(now)).ifPresent(h -> {
            model.addAttribute("holding", h);
            requests.stream().filter(r -> r.live(now) && Objects.equals(r.summonsId(), h.summonsId())).findFirst()
                    .ifPresent(r -> model.addAttribute("myPendingExtension", r));
        });
    }

    @PostMapping("/cases/{id}/move")
    @FormPage(value = "/cases/{id}", form = "move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid Move move, RedirectAttributes redirect) {
        moves.move(id, move, user);
        redirect.addFlashAttribute("saved", "已改为“" + move.to().label() + "”");
        return "redirect:/cases/" + id;
    }

    /** The reporter's whole phone number, for a handler who must call back; every reveal is audited. */
    @PostMapping("/cases/{id}/reporter-phone")
    @ResponseBody
    String revealReporter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return "<span data-testid=\"reporter-phone\">" + moves.revealReporterPhone(id, user) + "</span>";
    }

    /** The case as a printable work order (工单): the reporter masked, the log, lines for signatures. */
    @GetMapping("/cases/{id}/print")
    String workOrder(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CaseView c = reads.get(id, user);
        model.addAttribute("c", c);
        model.addAttribute("log", reads.log(id, user));
        model.addAttribute("handler", reads.handlerName(c));
        model.addAttribute("reporterName", c.reporterName() == null ? null : Masks.name(c.reporterName()));
        return "casework/work-order";
    }

    @GetMapping("/cases/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long photo) {
        return Uploads.response(reads.photo(id, photo, user));
    }
}
