package org.linli.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.casework.CaseStatus;
import org.linli.casework.Categories;
import org.linli.casework.internal.CaseMap;
import org.linli.casework.internal.MapLegend;
import org.linli.casework.stats.Period;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.division.Shapes;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.locationtech.jts.geom.Envelope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;


/**
 * Cases on a map (issue #13): the page with the queue's filters and a period, its data as JSON for
 * the part in view ({@link CaseMap}), and the boundaries drawn underneath: the area shown (the
 * user's own, or the child area chosen in the filter) and its child areas. When the area is a grid
 * the page is the grid's map, with its grid workers.
 */
@Controller
class CaseMapController {

    /** Periods of creation the map offers, as the statistics name them; none means any time, as on the queue. */
    private static final Set<String> PERIODS = Set.of("month", "quarter", "year", "12m");

    private final CaseMap map;
    private final Categories categories;
    private final Divisions divisions;
    private final Shapes shapes;
    private final Locator locator;
    private final Accounts accounts;
    private final Clock clock;

    CaseMapController(CaseMap map, Categories categories, Divisions divisions, Shapes shapes, Locator locator, Accounts accounts,
                      Clock clock) {
        this.map = map;
        this.categories = categories;
        this.divisions = divisions;
        this.shapes = shapes;
        this.locator = locator;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/cases/map")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
                @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String division,
                @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String period, Model model) {
        QueueController.Query query = new QueueController.Query(status, category, division, open, overdue, q);
        Division own = divisions.findUnscoped(user.divisionId()).orElseThrow(() -> new NotFoundException("division"));
        List<Division> children = children(user, own);
        Division area = children.stream().filter(d -> d.code().equals(query.division())).findFirst().orElse(own);
        String chosen = PERIODS.contains(period) ? period : "";
        QueueController.filterModel(model, query, children);
        model.addAttribute("period", chosen);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("legend", MapLegend.entries());
        model.addAttribute("maxZoom", CaseMap.MAX_ZOOM);
        model.addAttribute("area", area);
        model.addAttribute("bounds", bounds(area, user));
        model.addAttribute("gridWorkers", area.level() == Level.GRID
                ? accounts.gridWorkers(area.id(), user.scope()).stream().map(Account::displayName).toList() : List.of());
        model.addAttribute("dataUrl", "/cases/map/data?" + query.params() + "&period=" + chosen);
        model.addAttribute("outlinesUrl", "/cases/map/outlines?division=" + query.division());
        model.addAttribute("queueLink", "/cases?" + query.params());
        return "casework/map";
    }

    /** The cases in view (or counts per cell), filtered as on the queue; {@code bbox} is "west,south,east,north". */
    @GetMapping("/cases/map/data")
    @ResponseBody
    CaseMap.Data data(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) CaseStatus status,
                      @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String division,
                      @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
                      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String period,
                      @RequestParam(defaultValue = "") String bbox, @RequestParam(defaultValue = "12") int zoom) {
        QueueController.Query query = new QueueController.Query(status, category, division, open, overdue, q);
        List<Division> children = divisions.findUnscoped(user.divisionId()).map(d -> children(user, d)).orElse(List.of());
        Period within = PERIODS.contains(period) ? Period.preset(period, LocalDate.now(clock)) : null;
        return map.data(user, QueueController.filter(query, children), within, CaseMap.Box.parse(bbox), zoom);
    }

    /** The boundaries of the area shown and of its child areas, as GeoJSON (WGS-84). */
    @GetMapping(value = "/cases/map/outlines", produces = "application/geo+json")
    @ResponseBody
    String outlines(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String division) {
        Division own = divisions.findUnscoped(user.divisionId()).orElseThrow(() -> new NotFoundException("division"));
        Division area = children(user, own).stream().filter(d -> d.code().equals(division)).findFirst().orElse(own);
        return shapes.features(area, user.scope(), Shapes.Reach.CHILD_AREAS);
    }

    /** The child areas the filter offers, as on the queue (a department has none). */
    private List<Division> children(CurrentUser user, Division own) {
        return user.role() == Role.DEPARTMENT_STAFF ? List.of() : divisions.children(own, user.scope(), 0, 500);
    }

    /** Where the map opens, "south,west,north,east": the area's boundaries, else around its centre, else empty (the data decides). */
    private String bounds(Division area, CurrentUser user) {
        Envelope box = shapes.extent(area, user.scope()).orElseGet(Envelope::new);
        if (box.isNull()) {
            locator.centre(area).ifPresent(c -> box.expandToInclude(c.lon(), c.lat()));
            box.expandBy(0.005);
        }
        return box.isNull() ? "" : box.getMinY() + "," + box.getMinX() + "," + box.getMaxY() + "," + box.getMaxX();
    }
}
