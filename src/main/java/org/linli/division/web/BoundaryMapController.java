package org.linli.division.web;

import java.util.ArrayList;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.division.geo.BoundaryEditor;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A division's map: its boundary and its children's boundaries and points, from the shapes API;
 * those who may edit places draw or correct the boundary of the division or a child. A refused
 * drawing comes back on the page with the reason and the drawing (DivisionRefusals).
 */
@Controller
class BoundaryMapController {

    /** More children than this are drawn but not offered for editing one by one. */
    private static final int EDITABLE_CHILDREN = 500;

    private final Divisions divisions;
    private final BoundaryEditor editor;

    BoundaryMapController(Divisions divisions, BoundaryEditor editor) {
        this.divisions = divisions;
        this.editor = editor;
    }

    @GetMapping("/divisions/{id}/map")
    String map(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
               @RequestParam(required = false) Long target, Model model) {
        Division node = divisions.get(id, user.scope());
        model.addAttribute("node", node);
        model.addAttribute("crumbs", divisions.lineage(node));
        boolean mayEdit = user.role().mayEditPlaces();
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit) {
            List<Division> targets = new ArrayList<>();
            targets.add(node);
            targets.addAll(divisions.children(node, user.scope(), 0, EDITABLE_CHILDREN));
            model.addAttribute("targets", targets.stream().filter(d -> d.level().ordinal() >= Level.STREET.ordinal()).toList());
            model.addAttribute("target", target);
        }
        return "division/map";
    }

    @PostMapping("/divisions/{id}/map")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long target,
                @RequestParam(defaultValue = "") String geometry, RedirectAttributes redirect) {
        Division node = divisions.get(id, user.scope());
        Division drawn = divisions.get(target, user.scope());
        if (!user.role().mayEditPlaces() || (drawn.id() != node.id() && !Long.valueOf(node.id()).equals(drawn.parentId()))) {
            throw new NotFoundException("division " + target + " on the map of " + id);
        }
        editor.save(drawn, geometry, user.username());
        redirect.addFlashAttribute("saved", "已保存“" + drawn.name() + "”的" + (drawn.isPlace() && drawn.level() != Level.GRID ? "位置" : "边界"));
        return "redirect:/divisions/" + id + "/map?target=" + target;
    }
}
