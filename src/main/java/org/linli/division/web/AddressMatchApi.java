package org.linli.division.web;

import java.util.ArrayList;
import java.util.List;

import org.linli.division.AddressMatcher;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An address as typed → the place of the user's scope it names, for pages that take an address
 * ("昭君路12号", "泰和家园3栋"): {@code GET /api/addresses/match?q=…[&levels=ESTATE,BUILDING]} answers
 * {@code {text, normalised, place, score, ambiguous, candidates}}, {@code place} null when none is
 * chosen. Places outside the scope are never among the candidates.
 */
@RestController
class AddressMatchApi {

    private final AddressMatcher matcher;

    AddressMatchApi(AddressMatcher matcher) {
        this.matcher = matcher;
    }

    @GetMapping("/api/addresses/match")
    AddressMatcher.Match match(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                               @RequestParam(defaultValue = "") List<String> levels) {
        return matcher.match(q, user.scope(), levels(levels));
    }

    /** The levels asked for among those an address may name; none asked means all of them. */
    private static List<Level> levels(List<String> asked) {
        List<Level> levels = new ArrayList<>();
        for (Level level : AddressMatcher.PLACES) {
            if (asked.isEmpty() || asked.contains(level.name())) {
                levels.add(level);
            }
        }
        return levels;
    }
}
