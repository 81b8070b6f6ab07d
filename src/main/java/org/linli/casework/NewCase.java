package org.linli.casework;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.linli.shared.Refusal;

/**
 * A case as it is submitted, from any channel. {@code submissionKey} makes a repeated submission
 * (a double click, a retried request) return the case the first one created. Text is taken without
 * its surrounding blanks; what needs no lookup is checked here, the rest by {@link Intake}.
 */
public record NewCase(
        @NotBlank(message = "{casework.category.required}") String category,
        String placeCode,
        @Size(max = 100, message = "{casework.title.too-long}") String title,
        @Size(min = 5, max = 2000, message = "{casework.description.size}") String description,
        Channel channel,
        @Size(max = 30, message = "{casework.hotline.too-long}") String hotlineNumber,
        @Size(max = 50, message = "{casework.reporter-name.too-long}") String reporterName,
        String reporterPhone,
        @Size(max = 200, message = "{casework.address.too-long}") String address,
        String latitude,
        String longitude,
        @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "{casework.submission-key.format}") String submissionKey,
        List<Photo> photos) {

    public static final int MAX_PHOTOS = 6;
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

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

    /** The same case with the 12345 ticket number an Open311 client sends as an attribute. */
    public NewCase withHotlineNumber(String number) {
        return new NewCase(category, placeCode, title, description, channel, number, reporterName, reporterPhone, address,
                latitude, longitude, submissionKey, photos);
    }

    /** An uploaded photo; its type is decided by its first bytes, not by its name or claimed type. */
    public record Photo(String filename, byte[] data) {

        /** image/jpeg, image/png or image/webp, or null if it is none of them. */
        public String sniffedType() {
            byte[] d = data;
            if (d.length > 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
                return "image/jpeg";
            }
            if (d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
                return "image/png";
            }
            if (d.length > 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F'
                    && d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
                return "image/webp";
            }
            return null;
        }
    }

    /** Refuses photos that cannot be kept: too many, too large, or not photos at all. */
    public static void checkPhotos(List<Photo> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw Refusal.ofField("photos", "casework.photos.too-many", MAX_PHOTOS, photos.size());
        }
        for (Photo p : photos) {
            if (p.data().length > MAX_PHOTO_BYTES) {
                throw Refusal.ofField("photos", "casework.photos.too-large", p.filename(), p.data().length / 1024 / 1024);
            }
            if (p.sniffedType() == null) {
                throw Refusal.ofField("photos", "casework.photos.not-an-image", p.filename());
            }
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
