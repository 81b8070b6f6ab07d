package org.linli.gridwork.visits;

import org.linli.shared.ImageTypes;
import org.linli.shared.Refusal;

/** A photo taken on a visit; its type is decided by its first bytes, not by its name or claimed type. */
public record VisitPhoto(String filename, byte[] data) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** image/jpeg, image/png or image/webp, or null if it is none of them. */
    public String sniffedType() {
        return ImageTypes.sniff(data);
    }

    /** Refuses a photo that cannot be kept: too large, or not a photo at all. */
    void check() {
        if (data.length > MAX_BYTES) {
            throw Refusal.ofField("photo", "gridwork.visit.photo.too-large", filename, MAX_BYTES / 1024 / 1024);
        }
        if (sniffedType() == null) {
            throw Refusal.ofField("photo", "gridwork.visit.photo.not-an-image", filename);
        }
    }
}
