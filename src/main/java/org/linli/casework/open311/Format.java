package org.linli.casework.open311;

import java.util.Optional;

/** The two formats GeoReport v2 offers, chosen by the URL's extension; XML is the spec's required one. */
enum Format {
    XML("xml", "text/xml; charset=utf-8"), JSON("json", "application/json;charset=utf-8");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<Format> of(String extension) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a failed request asked for, from the end of its path; XML when it asked for none we know. */
    static Format ofPath(String path) {
        int dot = path == null ? -1 : path.lastIndexOf('.');
        return dot < 0 ? XML : of(path.substring(dot + 1)).orElse(XML);
    }
}
