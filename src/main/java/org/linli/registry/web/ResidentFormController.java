package org.linli.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.Registration;
import org.linli.registry.Relation;
import org.linli.registry.imports.ResidentImport;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrols a new resident. The address is picked, not typed: first a building of the user's scope,
 * then its entrance and the room.
 */
@Controller
class ResidentFormController {

    /** Form field → the template column whose checks apply to it. */
    static final Map<String, String> FIELDS = Map.of("name", "姓名", "idNumber", "身份证号", "phone", "手机号",
            "ethnicity", "民族", "registration", "户籍", "relation", "与户主关系", "headIdNumber", "户主身份证号",
            "entrance", "单元", "room", "户室");

    private final Divisions divisions;
    private final ResidentImport residentImport;

    ResidentFormController(Divisions divisions, ResidentImport residentImport) {
        this.divisions = divisions;
        this.residentImport = residentImport;
    }

    @GetMapping("/residents/new")
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long building,
                @RequestParam(defaultValue = "") String q, Model model) {
        requireEnroller(user);
        if (building == null) {
            model.addAttribute("q", q);
            model.addAttribute("buildings", divisions.search(q.strip(), user.scope(), List.of(Level.BUILDING), 50));
            return "registry/pick-building";
        }
        return page(model, building(user, building), Map.of(), Map.of("ethnicity", "汉族", "registration", "户籍在本地",
                "relation", "户主", "entrance", "1"));
    }

    @PostMapping("/residents/new")
    String enrol(@AuthenticationPrincipal CurrentUser user, @RequestParam long building,
                 @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        requireEnroller(user);
        Division b = building(user, building);
        Map<String, String> cells = new LinkedHashMap<>();
        FIELDS.forEach((field, column) -> cells.put(column, params.getOrDefault(field, "")));
        cells.put("楼栋编码", b.code());
        if ("户主".equals(cells.get("与户主关系"))) {
            cells.put("户主身份证号", cells.get("身份证号"));
        }
        ResidentImport.Enrolment result = residentImport.enrol(cells, user);
        if (result.residentId() == null) {
            Map<String, String> errors = new LinkedHashMap<>();
            FIELDS.forEach((field, column) -> {
                if (result.errors().containsKey(column)) {
                    errors.put(field, result.errors().get(column));
                }
            });
            return page(model, b, errors, params);
        }
        redirect.addFlashAttribute("saved", "已登记居民 " + cells.get("姓名"));
        return "redirect:/residents/" + result.residentId();
    }

    private String page(Model model, Division building, Map<String, String> errors, Map<String, String> typed) {
        model.addAttribute("building", building);
        model.addAttribute("crumbs", divisions.lineage(building));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("registrations", Registration.values());
        model.addAttribute("relations", Relation.values());
        return "registry/new-resident";
    }

    private Division building(CurrentUser user, long id) {
        Division building = divisions.get(id, user.scope());
        if (building.level() != Level.BUILDING) {
            throw new NotFoundException("building " + id);
        }
        return building;
    }

    private static void requireEnroller(CurrentUser user) {
        if (!user.role().mayReadRegistry()) {
            throw new NotFoundException("enrolment");
        }
    }
}
