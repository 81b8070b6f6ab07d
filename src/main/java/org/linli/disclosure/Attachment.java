package org.linli.disclosure;

/** A file attached to a posting, as the board lists it (its bytes are read only when it is opened). */
public record Attachment(long id, long postingId, String filename, String contentType, int sizeBytes) {

    public boolean inline() {
        return Upload.inline(contentType);
    }

    /** 12 KB, 1.5 MB: the size as a resident reads it. */
    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB" : String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }

    /** The file's bytes and type, when it is opened. */
    public record File(String filename, String contentType, byte[] data) {
    }
}
