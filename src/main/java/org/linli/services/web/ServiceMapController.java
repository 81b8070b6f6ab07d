package org.linli.services.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.LatLon;
import org.linli.division.Locator;
import org.linli.services.catalogue.ServiceCatalogue;
import org.linli.services.catalogue.ServiceCommittees;
import org.linli.services.catalogue.Facilities;
import org.linli.services.catalogue.Facility;
import org.linli.services.catalogue.FacilityKind;
import org.linli.services.catalogue.ServiceItem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service map: a committee's facilities as points on the map and, under it, the same places as
 * a list with the services offered at each, which is the page when there are no tiles or no script.
 */
@Controller
class ServiceMapController {

    private final ServiceCommittees committees;
    private final Facilities facilities;
    private final ServiceCatalogue catalogue;
    private final Locator locator;

    ServiceMapController(ServiceCommittees committees, Facilities facilities, ServiceCatalogue catalogue, Locator locator) {
        this.committees = committees;
        this.facilities = facilities;
        this.catalogue = catalogue;
        this.locator = locator;
    }

    /** A place of the map: a facility and the services offered there. */
    record Place(Facility facility, List<ServiceItem> services) {
    }

    @GetMapping("/services/map")
    String map(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long committee,
               @RequestParam(required = false) String kind, Model model) {
        Division shown = committees.chosen(user, committee);
        FacilityKind only = kind == null ? null : FacilityKind.parse(kind).orElse(null);
        Map<Long, List<ServiceItem>> offered = catalogue.atFacilities(shown).stream()
                .collect(Collectors.groupingBy(ServiceItem::facilityId));
        List<Place> places = facilities.of(shown, false).stream().filter(f -> only == null || f.kind() == only)
                .map(f -> new Place(f, offered.getOrDefault(f.id(), List.of()))).toList();
        LatLon centre = locator.centres(List.of(shown.path())).get(shown.path());
        model.addAttribute("committee", shown);
        model.addAttribute("choices", committees.choices(user));
        model.addAttribute("places", places);
        model.addAttribute("kinds", FacilityKind.values());
        model.addAttribute("kind", only);
        model.addAttribute("centre", centre);
        model.addAttribute("keeps", ServiceCommittees.keeps(user, shown));
        return "services/map";
    }
}
