package org.linli.shared;

/**
 * The type of an uploaded image, decided by its first bytes, never by its name or the type the
 * browser claims: a photo of a case or of a visit is served back to others, so what is not an
 * image must not be kept as one.
 */
public final class ImageTypes {

    private ImageTypes() {
    }

    /** image/jpeg, image/png or image/webp, or null if the bytes are none of them. */
    public static String sniff(byte[] d) {
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
