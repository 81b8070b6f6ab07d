package org.linli.casework.web;

import org.linli.casework.internal.CaseReads;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Photos back to a browser. */
final class Uploads {

    private Uploads() {
    }

    /** A stored photo, never cached and never sniffed into another type by the browser. */
    static ResponseEntity<byte[]> response(CaseReads.Photo p) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(p.data());
    }
}
