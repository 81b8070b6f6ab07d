package org.linli.casework.intake;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.linli.casework.Channel;
import org.linli.casework.internal.Photo;

/**
 * A case as it is submitted, from any channel. {@code submissionKey} makes a repeated submission
 * (a double click, a retried request) return the case the first one created. Text is taken without
 * its surrounding blanks; what needs no lookup is checked here, the rest by {@link Intake}.
 */
@DescriptionLength
public record NewCase(
        @NotBlank(message = "{casework.category.required}") String category,
        String placeCode,
        @Size(max = 100, message = "{casework.title.too-long}") String title,
        String description,
        Channel channel,
        @Size(max = 30, message = "{casework.hotline.too-long}") String hotlineNumber,
        @Size(max = 50, message = "{casework.reporter-name.too-long}") String reporterName,
        String reporterPhone,
        @Size(max = 200, message = "{casework.address.too-long}") String address,
        String latitude,
        String longitude,
        @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "{casework.submission-key.format}") String submissionKey,
        List<Photo> photos) {

    public NewCase {
        category = strip(category);
        placeCode = strip(placeCode);
        title = strip(title);
        description = strip(description);
        hotlineNumber = strip(hotlineNumber);
        reporterName = strip(reporterName);
        reporterPhone = strip(reporterPhone);
        address = strip(address);
        latitude = strip(latitude);
        longitude = strip(longitude);
        submissionKey = strip(submissionKey).isEmpty() ? null : strip(submissionKey);
        // A form's empty file input arrives as no photo at all.
        photos = photos == null ? List.of() : photos.stream().filter(Objects::nonNull).toList();
    }

    /** As a resident reports it on the public form: their own channel, no title or hotline ticket. */
    public NewCase reportedByResident() {
        return new NewCase(category, placeCode, null, description, Channel.RESIDENT, null, reporterName, reporterPhone, address,
                latitude, longitude, submissionKey, photos);
    }

    /** The same case under the key it is stored by. */
    NewCase withSubmissionKey(String key) {
        return new NewCase(category, placeCode, title, description, channel, hotlineNumber, reporterName, reporterPhone, address,
                latitude, longitude, key, photos);
    }

    /** The same case with the photos a client's media_url pointed at (Open311). */
    public NewCase withPhotos(List<Photo> photos) {
        return new NewCase(category, placeCode, title, description, channel, hotlineNumber, reporterName, reporterPhone, address,
                latitude, longitude, submissionKey, photos);
    }

    /** The same case with the 12345 ticket number an Open311 client sends as an attribute. */
    public NewCase withHotlineNumber(String number) {
        return new NewCase(category, placeCode, title, description, channel, number, reporterName, reporterPhone, address,
                latitude, longitude, submissionKey, photos);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
