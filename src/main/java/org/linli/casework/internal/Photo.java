package org.linli.casework.internal;

import java.util.List;

import org.linli.shared.ImageTypes;
import org.linli.shared.Refusal;

/** An uploaded photo of a case; its type is decided by its first bytes, not by its name or claimed type. */
public record Photo(String filename, byte[] data) {

    public static final int MAX_PHOTOS = 6;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** image/jpeg, image/png or image/webp, or null if it is none of them. */
    public String sniffedType() {
        return ImageTypes.sniff(data);
    }

    /** Refuses photos that cannot be kept: too many, too large, or not photos at all. */
    public static void check(List<Photo> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw Refusal.ofField("photos", "casework.photos.too-many", MAX_PHOTOS, photos.size());
        }
        for (Photo p : photos) {
            if (p.data().length > MAX_BYTES) {
                throw Refusal.ofField("photos", "casework.photos.too-large", p.filename(), p.data().length / 1024 / 1024);
            }
            if (p.sniffedType() == null) {
                throw Refusal.ofField("photos", "casework.photos.not-an-image", p.filename());
            }
        }
    }
}
