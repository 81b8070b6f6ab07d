package org.linli.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.linli.casework.intake.NewCase;
import org.linli.casework.internal.Photo;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Binds an uploaded file into a command's photos. The empty part a browser sends for "no file
 * chosen" becomes no photo (null, which the commands drop); the type is decided later by the
 * photo's first bytes.
 */
@Component
class PhotoConverter implements Converter<MultipartFile, Photo> {

    @Override
    public Photo convert(MultipartFile file) {
        if (file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "照片" : file.getOriginalFilename();
        try {
            return new Photo(name.length() > 200 ? name.substring(0, 200) : name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
