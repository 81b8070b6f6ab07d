package org.linli.division.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.linli.division.imports.DivisionImporter;
import org.linli.division.imports.ImportResult;
import org.linli.division.imports.SourceFile;
import org.linli.shared.DataScope;
import org.linli.shared.jobs.BackgroundJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Division imports started from the page: uploads kept in temporary files until the job ends. */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final DivisionImporter importer;
    private final BackgroundJobs jobs;

    ImportJobs(DivisionImporter importer, BackgroundJobs jobs) {
        this.importer = importer;
        this.jobs = jobs;
    }

    String start(String owner, DataScope scope, List<MultipartFile> uploads) {
        List<Path> temps = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        try {
            for (MultipartFile upload : uploads) {
                if (upload.isEmpty()) {
                    continue;
                }
                Path temp = Files.createTempFile("linli-import-", ".csv");
                upload.transferTo(temp);
                temps.add(temp);
                String name = upload.getOriginalFilename() == null ? temp.getFileName().toString() : upload.getOriginalFilename();
                files.add(new SourceFile(name, Files.size(temp), () -> Files.newInputStream(temp)));
            }
        } catch (IOException e) {
            temps.forEach(ImportJobs::delete);
            throw new UncheckedIOException(e);
        }
        return jobs.start(owner, progress -> importer.importFiles(files, scope, progress::update), () -> temps.forEach(ImportJobs::delete));
    }

    BackgroundJobs.Job<ImportResult> get(String id, String owner) {
        return jobs.get(id, owner);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("could not delete {}", path);
        }
    }
}
