package org.linli.division.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.linli.division.imports.DivisionImporter;
import org.linli.division.imports.ImportResult;
import org.linli.division.imports.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports started from the page run in the background; the page polls their progress. Uploaded
 * files are kept in temporary files until the import ends.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final DivisionImporter importer;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor =
            new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor());

    ImportJobs(DivisionImporter importer) {
        this.importer = importer;
    }

    String start(String owner, List<MultipartFile> uploads) {
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
        evictOldJobs();
        Job job = new Job(UUID.randomUUID().toString(), owner);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.result = importer.importFiles(files, (phase, done, total) -> {
                    job.phase = phase;
                    job.percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
                });
            } catch (RuntimeException e) {
                log.error("division import failed", e);
                job.failure = "导入失败，所有更改均已撤销：" + e.getMessage();
            } finally {
                job.percent = 100;
                job.done = true;
                temps.forEach(ImportJobs::delete);
            }
        });
        return job.id;
    }

    /** Results stay readable for a day; older finished jobs are forgotten. */
    private void evictOldJobs() {
        java.time.Instant cutoff = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        jobs.values().removeIf(j -> j.done && j.started.isBefore(cutoff));
    }

    Job get(String id, String owner) {
        Job job = jobs.get(id);
        return job != null && job.owner.equals(owner) ? job : null;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("could not delete {}", path);
        }
    }

    static final class Job {
        final String id;
        final String owner;
        final java.time.Instant started = java.time.Instant.now();
        volatile String phase = "排队中";
        volatile int percent;
        volatile boolean done;
        volatile ImportResult result;
        volatile String failure;

        Job(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        public String getId() {
            return id;
        }

        public String getPhase() {
            return phase;
        }

        public int getPercent() {
            return percent;
        }

        public boolean isDone() {
            return done;
        }

        public ImportResult getResult() {
            return result;
        }

        public String getFailure() {
            return failure;
        }
    }
}
