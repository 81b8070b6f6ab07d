package org.linli.casework;

import java.util.List;

/**
 * A case as it is submitted, from any channel. {@code submissionKey} makes a repeated submission
 * (a double click, a retried request) return the case the first one created.
 */
public record NewCase(String category, String placeCode, String title, String description, Channel channel,
                      String hotlineNumber, String reporterName, String reporterPhone, String address, String latitude,
                      String longitude, String submissionKey, List<Photo> photos) {

    public static final int MAX_PHOTOS = 6;
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    public NewCase {
        photos = photos == null ? List.of() : List.copyOf(photos);
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

    /** Why these photos cannot be kept, or null. */
    public static String photoProblem(List<Photo> photos) {
        if (photos.size() > MAX_PHOTOS) {
            return "最多上传 " + MAX_PHOTOS + " 张照片，实为 " + photos.size() + " 张";
        }
        for (Photo p : photos) {
            if (p.data().length > MAX_PHOTO_BYTES) {
                return "照片“" + p.filename() + "”有 " + (p.data().length / 1024 / 1024) + " MB，每张不能超过 5 MB";
            }
            if (p.sniffedType() == null) {
                return "“" + p.filename() + "”不是 JPG、PNG 或 WebP 格式的照片";
            }
        }
        return null;
    }
}
