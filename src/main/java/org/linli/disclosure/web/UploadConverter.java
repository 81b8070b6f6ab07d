package org.linli.disclosure.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.linli.disclosure.Upload;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Binds an uploaded file into a posting's files. The empty part a browser sends for "no file
 * chosen" becomes no file (null, which the commands drop); the type is decided by the bytes.
 */
@Component
class UploadConverter implements Converter<MultipartFile, Upload> {

    @Override
    public Upload convert(MultipartFile file) {
        if (file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "附件" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        try {
            return new Upload(name.length() > 200 ? name.substring(name.length() - 200) : name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
