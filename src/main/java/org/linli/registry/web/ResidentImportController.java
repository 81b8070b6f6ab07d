package org.linli.registry.web;

import java.io.IOException;

import org.linli.registry.imports.ImportTemplate;
import org.linli.registry.imports.ResidentImport;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.jobs.BackgroundJobs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Residents import: template download, upload with a progress bar, and the rows that were not imported. */
@Controller
class ResidentImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResidentImport residentImport;
    private final BackgroundJobs jobs;

    ResidentImportController(ResidentImport residentImport, BackgroundJobs jobs) {
        this.residentImport = residentImport;
        this.jobs = jobs;
    }

    @GetMapping("/residents/import")
    String page(@AuthenticationPrincipal CurrentUser user) {
        requireImporter(user);
        return "registry/import";
    }

    @GetMapping("/residents/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''%E5%B1%85%E6%B0%91%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx")
                .body(ImportTemplate.xlsx());
    }

    @PostMapping("/residents/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file) throws IOException {
        requireImporter(user);
        if (file.isEmpty()) {
            throw Refusal.of("registry.import.no-file");
        }
        byte[] content = file.getBytes();
        String name = file.getOriginalFilename();
        String id = jobs.start(user.username(), progress -> residentImport.run(name, content, user, progress), () -> { });
        return "redirect:/residents/import/" + id;
    }

    @GetMapping("/residents/import/{id}")
    String job(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("job", job(user, id));
        return "registry/import-job";
    }

    @GetMapping("/residents/import/{id}/progress")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("job", job(user, id));
        return "registry/import-job :: progress";
    }

    @GetMapping("/residents/import/{id}/bad-rows.xlsx")
    ResponseEntity<byte[]> badRows(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        BackgroundJobs.Job<ResidentImport.Result> job = job(user, id);
        if (job.getResult() == null || job.getResult().badRows() == null) {
            throw new NotFoundException("bad rows " + id);
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''%E6%9C%AA%E5%AF%BC%E5%85%A5%E7%9A%84%E8%A1%8C.xlsx")
                .body(job.getResult().badRows());
    }

    private BackgroundJobs.Job<ResidentImport.Result> job(CurrentUser user, String id) {
        BackgroundJobs.Job<ResidentImport.Result> job = jobs.get(id, user.username());
        if (job == null) {
            throw new NotFoundException("import " + id);
        }
        return job;
    }

    private static void requireImporter(CurrentUser user) {
        if (!user.role().mayReveal()) {
            throw new NotFoundException("residents import");
        }
    }
}
