package org.linli.gridwork.visits.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.linli.gridwork.visits.VisitPhoto;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Binds an uploaded file into a visit's photo. The empty part a browser sends for "no file chosen"
 * becomes no photo; the type is decided later by the photo's first bytes.
 */
@Component
class VisitPhotoConverter implements Converter<MultipartFile, VisitPhoto> {

    @Override
    public VisitPhoto convert(MultipartFile file) {
        if (file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "照片" : file.getOriginalFilename();
        try {
            return new VisitPhoto(name.length() > 200 ? name.substring(0, 200) : name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
