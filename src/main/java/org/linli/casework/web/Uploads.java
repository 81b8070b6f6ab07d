package org.linli.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.linli.casework.Cases;
import org.linli.casework.NewCase;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Photos in and out: from a multipart form, and back to a browser. */
final class Uploads {

    private Uploads() {
    }

    /** The photos of a form; the empty part a browser sends for "no file chosen" is dropped. */
    static List<NewCase.Photo> photos(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                String name = f.getOriginalFilename() == null ? "照片" : f.getOriginalFilename();
                return new NewCase.Photo(name.length() > 200 ? name.substring(0, 200) : name, f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** A stored photo, never cached and never sniffed into another type by the browser. */
    static ResponseEntity<byte[]> response(Cases.Photo p) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff").body(p.data());
    }
}
