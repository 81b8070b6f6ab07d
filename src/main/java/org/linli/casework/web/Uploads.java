package org.linli.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.linli.casework.NewCase;
import org.springframework.web.multipart.MultipartFile;

/** Photos from a multipart form; the empty part a browser sends for "no file chosen" is dropped. */
final class Uploads {

    private Uploads() {
    }

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
}
