package org.linli.workitems.web;

import java.util.ArrayList;
import java.util.List;

import org.linli.workitems.lists.ListEntry;
import org.linli.workitems.lists.ListSummary;
import org.linli.workitems.lists.WorkLists;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A district's four lists in force, for anyone, without signing in; made to be printed and posted. */
@Controller
class WorkListPublicController {

    private final WorkLists lists;

    WorkListPublicController(WorkLists lists) {
        this.lists = lists;
    }

    /** A list in force and its entries, for the page. */
    record Shown(ListSummary summary, List<ListEntry> entries) {
    }

    @GetMapping("/public/worklists/{code}")
    String page(@PathVariable String code, Model model) {
        var district = lists.publicDistrict(code);
        List<Shown> shown = new ArrayList<>();
        for (ListSummary s : lists.overview(district.path())) {
            shown.add(new Shown(s, s.inForce() == null ? List.of() : lists.entries(s.inForce())));
        }
        model.addAttribute("district", district);
        model.addAttribute("lists", shown);
        return "public/worklists";
    }
}
