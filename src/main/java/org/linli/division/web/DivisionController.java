package org.linli.division.web;

import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.sizing.CommitteeSize;
import org.linli.division.sizing.Sizing;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The tree of the user's part of the hierarchy, and one node's page. */
@Controller
class DivisionController {

    static final int PAGE = 100;

    private final Divisions divisions;
    private final Sizing sizing;

    DivisionController(Divisions divisions, Sizing sizing) {
        this.divisions = divisions;
        this.sizing = sizing;
    }

    @GetMapping("/divisions")
    String tree(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q, Model model) {
        Division root = divisions.get(user.divisionId(), user.scope());
        model.addAttribute("root", root);
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            model.addAttribute("found", divisions.search(q.trim(), user.scope(), List.of(Level.values()), 50));
        }
        return "division/tree";
    }

    /** One level of the tree, loaded when a node is expanded. */
    @GetMapping("/divisions/{id}/children")
    String children(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                    @RequestParam(defaultValue = "0") int offset, Model model) {
        Division parent = divisions.get(id, user.scope());
        List<Division> children = divisions.children(parent, user.scope(), offset, PAGE);
        model.addAttribute("parent", parent);
        model.addAttribute("children", children);
        model.addAttribute("nextOffset", offset + PAGE < parent.childCount() ? offset + PAGE : -1);
        return "division/tree-parts :: children";
    }

    @GetMapping("/divisions/{id}")
    String node(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "CODE") Divisions.ChildOrder sort, Model model) {
        Division node = divisions.get(id, user.scope());
        model.addAttribute("node", node);
        model.addAttribute("crumbs", divisions.lineage(node));
        model.addAttribute("children", divisions.children(node, user.scope(), sort, page * PAGE, PAGE));
        model.addAttribute("sort", sort);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (node.childCount() + PAGE - 1) / PAGE));
        model.addAttribute("childLevel", node.level().placeChild());
        model.addAttribute("mayEdit", user.role().mayEditPlaces());
        // A building's rooms and households come from the registry, for the roles that work with it.
        model.addAttribute("mayBrowseRooms", node.level() == Level.BUILDING && user.role().mayReadRegistry());
        if (node.level() == Level.COMMITTEE && user.role().ownsCommitteeSizing()) {
            sizing.committees(new org.linli.shared.DataScope(node.path())).stream()
                    .filter(c -> c.id() == node.id()).findFirst()
                    .ifPresent((CommitteeSize size) -> model.addAttribute("size", size));
        }
        return "division/node";
    }
}
