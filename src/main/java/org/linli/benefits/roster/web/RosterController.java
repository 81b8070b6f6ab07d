package org.linli.benefits.roster.web;

import java.io.IOException;

import org.linli.benefits.roster.Roster;
import org.linli.benefits.roster.RosterImport;
import org.linli.benefits.roster.RosterTemplate;
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

/** A benefit's roster: who is enrolled, the template, and the import with the rows sent back. */
@Controller
class RosterController {

    private static final int PAGE = 20;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Roster roster;
    private final RosterImport rosterImport;
    private final BackgroundJobs jobs;

    RosterController(Roster roster, RosterImport rosterImport, BackgroundJobs jobs) {
        this.roster = roster;
        this.rosterImport = rosterImport;
        this.jobs = jobs;
    }

    @GetMapping("/benefits/{id}/roster")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "0") int page, Model model) {
        Roster.Page result = roster.page(id, user, place, page, PAGE);
        model.addAttribute("result", result);
        model.addAttribute("place", place);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE - 1) / PAGE));
        return "benefits/roster";
    }

    @GetMapping("/benefits/{id}/roster/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        roster.benefit(id, user);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''%E4%BA%AB%E5%8F%97%E5%90%8D%E5%86%8C%E6%A8%A1%E6%9D%BF.xlsx")
                .body(RosterTemplate.xlsx());
    }

    @PostMapping("/benefits/{id}/roster")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        roster.benefit(id, user);
        if (file == null || file.isEmpty()) {
            throw Refusal.of("benefits.roster.no-file");
        }
        byte[] content = file.getBytes();
        String name = file.getOriginalFilename();
        String job = jobs.start(user.username(), progress -> rosterImport.run(id, name, content, user, progress), () -> { });
        return "redirect:/benefits/" + id + "/roster/import/" + job;
    }

    @GetMapping("/benefits/{id}/roster/import/{job}")
    String job(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String job, Model model) {
        model.addAttribute("benefit", roster.benefit(id, user));
        model.addAttribute("job", job(user, job));
        return "benefits/roster-import";
    }

    @GetMapping("/benefits/{id}/roster/import/{job}/progress")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String job, Model model) {
        model.addAttribute("benefit", roster.benefit(id, user));
        model.addAttribute("job", job(user, job));
        return "benefits/roster-import :: progress";
    }

    @GetMapping("/benefits/{id}/roster/import/{job}/bad-rows.xlsx")
    ResponseEntity<byte[]> badRows(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String job) {
        roster.benefit(id, user);
        BackgroundJobs.Job<RosterImport.Result> done = job(user, job);
        if (done.getResult() == null || done.getResult().badRows() == null) {
            throw new NotFoundException("bad rows " + job);
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''%E6%9C%AA%E5%AF%BC%E5%85%A5%E7%9A%84%E8%A1%8C.xlsx")
                .body(done.getResult().badRows());
    }

    private BackgroundJobs.Job<RosterImport.Result> job(CurrentUser user, String id) {
        BackgroundJobs.Job<RosterImport.Result> job = jobs.get(id, user.username());
        if (job == null) {
            throw new NotFoundException("roster import " + id);
        }
        return job;
    }
}
