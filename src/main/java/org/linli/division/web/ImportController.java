package org.linli.division.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.division.imports.ImportProblem;
import org.linli.division.imports.ImportResult;
import org.linli.shared.jobs.BackgroundJobs;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of division code files, with a progress bar and the rejected rows afterwards. */
@Controller
class ImportController {

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/divisions/import")
    String page() {
        return "division/import";
    }

    @PostMapping("/divisions/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam("files") List<MultipartFile> files) {
        if (files.stream().allMatch(MultipartFile::isEmpty)) {
            throw Refusal.of("division.import.no-file");
        }
        return "redirect:/divisions/import/" + jobs.start(user.username(), user.scope(), files);
    }

    @GetMapping("/divisions/import/{id}")
    String job(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("job", job(user, id));
        return "division/import-job";
    }

    /** The progress fragment the page polls until the job is done. */
    @GetMapping("/divisions/import/{id}/progress")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("job", job(user, id));
        return "division/import-job :: progress";
    }

    @GetMapping("/divisions/import/{id}/problems.csv")
    void problems(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, HttpServletResponse response)
            throws IOException {
        BackgroundJobs.Job<ImportResult> job = job(user, id);
        if (job.getResult() == null) {
            throw new NotFoundException("import result " + id);
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"division-import-problems.csv\"");
        var out = response.getOutputStream();
        out.write("\uFEFF文件,行号,编码,原因\n".getBytes(StandardCharsets.UTF_8));
        for (ImportProblem p : job.getResult().problems()) {
            out.write("%s,%d,%s,%s\n".formatted(csv(p.file()), p.line(), csv(p.code()), csv(p.reason()))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private BackgroundJobs.Job<ImportResult> job(CurrentUser user, String id) {
        BackgroundJobs.Job<ImportResult> job = jobs.get(id, user.username());
        if (job == null) {
            throw new NotFoundException("import " + id);
        }
        return job;
    }

    private static String csv(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
    }
}
