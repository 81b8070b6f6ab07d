package org.linli.linkage.web;

import org.linli.division.Division;
import org.linli.division.PlaceNames;
import org.linli.linkage.funds.Fund;
import org.linli.linkage.internal.LinkageCommittees;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A committee's fund ledger for anyone, without signing in: donors who are people are masked,
 * organisations named; totals per project; made to be printed and posted.
 */
@Controller
class PublicFundController {

    private final Fund fund;
    private final LinkageCommittees committees;
    private final PlaceNames placeNames;

    PublicFundController(Fund fund, LinkageCommittees committees, PlaceNames placeNames) {
        this.fund = fund;
        this.committees = committees;
        this.placeNames = placeNames;
    }

    @GetMapping("/public/funds/{code}")
    String page(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        Division committee = committees.publicCommittee(code);
        model.addAttribute("committee", committee);
        model.addAttribute("label", placeNames.labels(java.util.List.of(committee.path())).get(committee.path()));
        model.addAttribute("ledger", fund.ledger(committee, page));
        model.addAttribute("base", "/public/funds/" + committee.code());
        return "public/funds";
    }
}
