package org.linli.services;

import java.math.BigDecimal;
import java.util.List;

import org.linli.division.Division;
import org.linli.services.catalogue.ServiceCatalogue;
import org.linli.services.catalogue.Facilities;
import org.linli.services.catalogue.Facility;
import org.linli.services.catalogue.FacilityForm;
import org.linli.services.catalogue.FacilityKind;
import org.linli.services.catalogue.ServiceForm;
import org.linli.services.errands.ErrandAsk;
import org.linli.services.errands.ErrandRatings;
import org.linli.services.errands.ErrandWork;
import org.linli.services.errands.Errands;
import org.linli.services.errands.RatingForm;
import org.linli.services.errands.StepForm;
import org.springframework.stereotype.Service;
import org.linli.shared.CurrentUser;

/**
 * The services module's use cases for the demo's set-up, in plain values: facilities and services
 * kept by a committee's worker, errands asked, stepped through and rated, each through the same
 * checks as the pages.
 */
@Service
public class ServicesLoader {

    private final Facilities facilities;
    private final ServiceCatalogue catalogue;
    private final Errands errands;
    private final ErrandWork work;
    private final ErrandRatings ratings;

    ServicesLoader(Facilities facilities, ServiceCatalogue catalogue, Errands errands, ErrandWork work, ErrandRatings ratings) {
        this.facilities = facilities;
        this.catalogue = catalogue;
        this.errands = errands;
        this.work = work;
        this.ratings = ratings;
    }

    /** Whether the committee has a catalogue already (then the demo leaves it alone). */
    public boolean catalogued(Division committee) {
        return catalogue.of(committee, "", true, 0, 1).total() > 0;
    }

    public long facility(Division committee, CurrentUser worker, String kind, String name, String address, String hours, double lat,
                         double lon) {
        return facilities.add(committee, new FacilityForm(kind, name, address, hours, lat, lon), worker);
    }

    /** A facility with its floor area, the part for residents' services, and its places (nursing beds for a nursing home). */
    public long facility(Division place, CurrentUser keeper, String kind, String name, double lat, double lon, BigDecimal floorAreaM2,
                         BigDecimal serviceAreaM2, Integer places, Integer nursingPlaces) {
        return facilities.add(place, new FacilityForm(kind, name, null, null, lat, lon, floorAreaM2, serviceAreaM2, places,
                nursingPlaces), keeper);
    }

    /** Whether the place keeps a facility of the kind in service. */
    public boolean keeps(Division place, String kind) {
        return facilities.of(place, false).stream().anyMatch(f -> f.kind().name().equals(kind));
    }

    /** The committees a day-care centre serves besides its own place. */
    public void serve(long facilityId, List<Long> committeeIds, CurrentUser keeper) {
        facilities.serve(facilityId, committeeIds, keeper);
    }

    /** Whether the place keeps any facility, in service or retired (then the demo leaves it alone). */
    public boolean keepsFacilities(Division place) {
        return !facilities.of(place, true).isEmpty();
    }

    /** Types the numbers of the place's first facility of a kind in service; false when it has none. */
    public boolean size(Division place, CurrentUser keeper, String kind, BigDecimal floorAreaM2, BigDecimal serviceAreaM2,
                        Integer places, Integer nursingPlaces) {
        for (Facility f : facilities.of(place, false)) {
            if (f.kind() == FacilityKind.valueOf(kind)) {
                facilities.change(f.id(), new FacilityForm(kind, f.name(), f.address(), f.hours(), f.latitude(), f.longitude(),
                        floorAreaM2, serviceAreaM2, places, nursingPlaces), keeper);
                return true;
            }
        }
        return false;
    }

    public long service(Division committee, CurrentUser worker, String title, String category, String provider, Long facilityId,
                        String place, String hours, String documents, boolean errand, Integer errandDays) {
        return catalogue.add(committee, new ServiceForm(title, category, null, provider, facilityId, place, hours, documents, errand,
                errandDays), worker);
    }

    /** An errand asked by a resident (their own) or a worker (for {@code residentId}). */
    public long ask(CurrentUser user, long serviceId, String details, Long residentId) {
        return errands.ask(new ErrandAsk(serviceId, details, residentId), user);
    }

    /** A worker's step (ErrandStatus's name: TAKEN, RECEIVED, SUBMITTED, RETURNED, DONE, FAILED). */
    public void step(CurrentUser worker, long errandId, String step, String note, String documents, String result) {
        int version = errands.get(errandId, worker).version();
        work.step(errandId, new StepForm(step, note, documents, result, version), worker);
    }

    public void rate(CurrentUser resident, long errandId, int rating, String comment) {
        ratings.rate(errandId, new RatingForm(rating, comment), resident);
    }
}
