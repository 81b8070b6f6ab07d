package org.linli.registry.web;

import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.registry.buildings.BuildingRooms;
import org.linli.registry.buildings.BuildingRooms.Entrance;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Browsing by building (以房管人): the building's page loads its entrances from here (the division
 * module knows no residents), and each entrance shows its floors, rooms and households. Only roles
 * that work with the registry, and only buildings of their scope; anything else is not found.
 */
@Controller
class BuildingController {

    private final BuildingRooms rooms;
    private final Divisions divisions;

    BuildingController(BuildingRooms rooms, Divisions divisions) {
        this.rooms = rooms;
        this.divisions = divisions;
    }

    /** The entrances of a building with their counts: a section of the building's page. */
    @GetMapping("/buildings/{id}/entrances")
    String entrances(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Division building = building(user, id);
        model.addAttribute("building", building);
        model.addAttribute("entrances", rooms.entrances(building, user.scope()));
        return "registry/building-entrances :: entrances";
    }

    @GetMapping("/buildings/{id}/entrances/{entrance}")
    String entrance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int entrance,
                    Model model) {
        Division building = building(user, id);
        List<Entrance> entrances = rooms.entrances(building, user.scope());
        Entrance shown = entrances.stream().filter(e -> e.number() == entrance).findFirst()
                .orElseThrow(() -> new NotFoundException("entrance " + entrance));
        List<Division> crumbs = divisions.lineage(building);
        model.addAttribute("building", building);
        model.addAttribute("estate", crumbs.size() > 1 ? crumbs.get(crumbs.size() - 2) : null);
        model.addAttribute("crumbs", crumbs);
        model.addAttribute("entrances", entrances);
        model.addAttribute("entrance", shown);
        model.addAttribute("floors", rooms.floors(building, entrance, user.scope()));
        return "registry/building";
    }

    private Division building(CurrentUser user, long id) {
        if (!user.role().mayReadRegistry()) {
            throw new NotFoundException("building " + id);
        }
        return rooms.building(id, user.scope());
    }
}
