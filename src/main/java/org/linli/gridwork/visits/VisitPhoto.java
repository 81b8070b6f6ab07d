package org.linli.gridwork.visits;

import org.linli.shared.Refusal;

/** A photo taken on a visit; its type is decided by its first bytes, not by its name or claimed type. */
public record VisitPhoto(String filename, byte[] data) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

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
