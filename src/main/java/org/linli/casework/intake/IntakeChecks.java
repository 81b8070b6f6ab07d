package org.linli.casework.intake;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.Channel;
import org.linli.casework.internal.Photo;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.LatLon;
import org.linli.division.PlaceNames;
import org.linli.registry.PersonalData;
import org.linli.registry.Phone;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Component;

/**
 * What a submission must pass before it becomes a case, for every channel alike: its own
 * constraints (the web's forms check them first and show them all at once; other channels meet
 * the first here), then what needs a lookup — an active category, a place within the submitter's
 * area, a phone number, a position within China, photos that are photos.
 */
@Component
class IntakeChecks {

    /** The submission's lookups, resolved. */
    record Checked(Category category, Division place, String title, PersonalData.SealedPhone phone, BigDecimal latitude,
                   BigDecimal longitude) {
    }

    private static final List<String> FIELDS = Arrays.stream(NewCase.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final Validator validator;
    private final Categories categories;
    private final Divisions divisions;
    private final PlaceNames placeNames;
    private final PersonalData personal;
    private final PointPlaces points;

    IntakeChecks(Validator validator, Categories categories, Divisions divisions, PlaceNames placeNames, PersonalData personal,
                 PointPlaces points) {
        this.points = points;
        this.placeNames = placeNames;
        this.validator = validator;
        this.categories = categories;
        this.divisions = divisions;
        this.personal = personal;
    }

    Checked check(NewCase form, Submitter who) {
        firstViolation(form);
        Category category = categories.find(form.category()).filter(Category::active)
                .orElseThrow(() -> Refusal.ofField("category", "casework.category.required"));
        if (form.channel() == null) {
            throw Refusal.ofField("channel", "casework.channel.required");
        }
        if (form.channel() == Channel.HOTLINE_12345 && form.hotlineNumber().isEmpty()) {
            throw Refusal.ofField("hotlineNumber", "casework.hotline.required");
        }
        BigDecimal[] location = location(form.latitude(), form.longitude());
        Division place = form.placeCode().isEmpty() && location[0] != null ? placed(location, who) : named(form, who);
        String phone = form.reporterPhone();
        if (!phone.isEmpty() || who.anonymous()) {
            String problem = Phone.problem(phone);
            if (problem != null) {
                throw Refusal.ofField("reporterPhone",
                        who.anonymous() ? "casework.reporter-phone.invalid-anonymous" : "casework.reporter-phone.invalid", problem);
            }
        }
        Photo.check(form.photos());
        String description = form.description();
        String title = form.title().isEmpty() ? (description.length() > 30 ? description.substring(0, 30) + "…" : description)
                : form.title();
        return new Checked(category, place, title, phone.isEmpty() ? null : personal.sealPhone(phone), location[0], location[1]);
    }

    /** A code, or a place's name (issue #12): one place of that name in scope is taken, several are refused with the choices. */
    private Division named(NewCase form, Submitter who) {
        return placeNames.resolve(form.placeCode(), who.scope(), PlaceNames.BELOW_STREET, "placeCode")
                .orElseThrow(() -> Refusal.ofField("placeCode",
                        who.role() == Role.RESIDENT ? "casework.place.resident" : "casework.place.outside"));
    }

    /**
     * A point alone (issue #13): the grid of the submitter's area whose boundary holds it, at the
     * nearest building within the region's distance; a point outside the area is refused on the position.
     */
    private Division placed(BigDecimal[] location, Submitter who) {
        return points.locate(new LatLon(location[0].doubleValue(), location[1].doubleValue()), who.scope()).place();
    }

    /** The submission's own constraints, for channels that have not checked them; the first failure, by field order. */
    private void firstViolation(NewCase form) {
        validator.validate(form).stream()
                .min(Comparator.comparingInt((ConstraintViolation<NewCase> v) -> FIELDS.indexOf(v.getPropertyPath().toString())))
                .ifPresent(v -> {
                    String template = v.getMessageTemplate();
                    throw Refusal.ofField(v.getPropertyPath().toString(), template.substring(1, template.length() - 1));
                });
    }

    /** Both or neither, as decimal degrees within China's extent. */
    private static BigDecimal[] location(String lat, String lon) {
        if (lat.isEmpty() && lon.isEmpty()) {
            return new BigDecimal[] {null, null};
        }
        BigDecimal latitude;
        BigDecimal longitude;
        try {
            latitude = new BigDecimal(lat);
            longitude = new BigDecimal(lon);
        } catch (NumberFormatException e) {
            throw Refusal.ofField("latitude", "casework.location.format");
        }
        if (latitude.doubleValue() < 3 || latitude.doubleValue() > 54 || longitude.doubleValue() < 73 || longitude.doubleValue() > 136) {
            throw Refusal.ofField("latitude", "casework.location.outside-china");
        }
        return new BigDecimal[] {latitude.setScale(6, RoundingMode.HALF_UP), longitude.setScale(6, RoundingMode.HALF_UP)};
    }
}
