package org.linli.division.web;

import java.util.ArrayList;
import java.util.List;

import org.linli.division.Level;
import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The place picker's search (static/js/place-picker.js): places in the user's scope by name, each
 * with its code (what forms store) and the names along its path (what people read).
 */
@RestController
class PlacePickerApi {

    /** Long enough for any place's name; longer text is cut, never an error. */
    private static final int MAX_QUERY = 50;
    private static final int LIMIT = 30;

    private final PlaceNames places;

    PlacePickerApi(PlaceNames places) {
        this.places = places;
    }

    @GetMapping("/api/places")
    List<PlaceNames.Place> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                                  @RequestParam(defaultValue = "") List<String> levels) {
        String text = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        return places.search(text, user.scope(), levels(levels), LIMIT);
    }

    /** The levels asked for that a place can be at; none asked means every level from the street down; the district (an administrator's account) may be asked for. */
    private static List<Level> levels(List<String> asked) {
        List<Level> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            boolean wanted = asked.isEmpty() ? level.ordinal() >= Level.STREET.ordinal()
                    : level.ordinal() >= Level.COUNTY.ordinal() && asked.contains(level.name());
            if (wanted) {
                levels.add(level);
            }
        }
        return levels;
    }
}
