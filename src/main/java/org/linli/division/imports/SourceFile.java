package org.linli.division.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file to import: its name for messages, and a way to open it (possibly more than once). */
public record SourceFile(String name, long size, Opener opener) {

    public interface Opener {
        InputStream open() throws IOException;
    }

    public static SourceFile of(Path path) {
        try {
            return new SourceFile(path.getFileName().toString(), Files.size(path), () -> Files.newInputStream(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static SourceFile of(String name, byte[] bytes) {
        return new SourceFile(name, bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
    }
}
