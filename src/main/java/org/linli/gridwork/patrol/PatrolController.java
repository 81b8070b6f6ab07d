package org.linli.gridwork.patrol;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.LatLon;
import org.linli.division.Shapes;
import org.linli.shared.DataScope;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The grid worker's patrol on a phone: start, the running patrol's page, ticks, the end. */
@Controller
class PatrolController {

    private final Patrols patrols;
    private final PatrolTrack track;
    private final GridBuildings buildings;
    private final Shapes shapes;
    private final Clock clock;

    PatrolController(Patrols patrols, PatrolTrack track, GridBuildings buildings, Shapes shapes, Clock clock) {
        this.shapes = shapes;
        this.patrols = patrols;
        this.track = track;
        this.buildings = buildings;
        this.clock = clock;
    }

    /** Estates with their buildings, for the list to tick. */
    public record Estate(GridPlace estate, List<GridPlace> buildings) {
    }

    @GetMapping("/patrols")
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        Division grid = patrols.ownGrid(user);
        var running = patrols.running(user);
        if (running.isPresent() && !model.containsAttribute("refusal")) {
            return "redirect:/patrols/" + running.get().id();
        }
        model.addAttribute("grid", grid);
        model.addAttribute("running", running.orElse(null));
        model.addAttribute("recent", patrols.recent(user));
        return "gridwork/patrols";
    }

    @PostMapping("/patrols")
    @FormPage("/patrols")
    String begin(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/patrols/" + patrols.start(user).id();
    }

    @GetMapping("/patrols/{id}")
    String patrol(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Patrol patrol = patrols.get(id, user);
        Division grid = track.grid(patrol);
        List<GridPlace> places = buildings.of(grid);
        Map<Long, String> ticks = track.ticks(id);
        List<LatLon> line = patrols.track(id);
        model.addAttribute("patrol", patrol);
        model.addAttribute("grid", grid);
        model.addAttribute("estates", estates(places));
        model.addAttribute("buildingCount", places.stream().filter(GridPlace::building).count());
        model.addAttribute("ticks", ticks);
        model.addAttribute("findings", patrols.findings(id));
        model.addAttribute("mine", patrol.workerId() == user.accountId());
        model.addAttribute("own", patrol.workerId() == user.accountId() && patrol.running());
        model.addAttribute("minutes", patrol.minutes(OffsetDateTime.now(clock)));
        model.addAttribute("trackJson", json(line));
        model.addAttribute("shape", shapes.features(grid, new DataScope(grid.path()), Shapes.Reach.CHILD_AREAS));
        model.addAttribute("last", line.isEmpty() ? null : line.getLast());
        return "gridwork/patrol";
    }

    @PostMapping("/patrols/{id}/ticks")
    @FormPage("/patrols/{id}")
    String tick(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long buildingId) {
        track.tick(id, buildingId, user);
        return "redirect:/patrols/" + id + "#b" + buildingId;
    }

    @PostMapping("/patrols/{id}/end")
    @FormPage("/patrols/{id}")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        patrols.end(id, user);
        return "redirect:/patrols/" + id;
    }

    /** Estates in code order, each with its buildings; buildings standing in the grid itself come last. */
    static List<Estate> estates(List<GridPlace> places) {
        Map<Long, Estate> byId = new LinkedHashMap<>();
        List<GridPlace> loose = new ArrayList<>();
        for (GridPlace p : places) {
            if (!p.building()) {
                byId.put(p.id(), new Estate(p, new ArrayList<>()));
            } else if (p.parentId() != null && byId.containsKey(p.parentId())) {
                byId.get(p.parentId()).buildings().add(p);
            } else {
                loose.add(p);
            }
        }
        List<Estate> estates = new ArrayList<>(byId.values());
        if (!loose.isEmpty()) {
            estates.add(new Estate(null, loose));
        }
        return estates;
    }

    private static String json(List<LatLon> line) {
        StringBuilder s = new StringBuilder("[");
        for (LatLon p : line) {
            s.append(s.length() > 1 ? "," : "").append(String.format(Locale.ROOT, "[%.6f,%.6f]", p.lat(), p.lon()));
        }
        return s.append(']').toString();
    }
}
