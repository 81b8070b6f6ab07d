package org.linli.workitems.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.web.FormPage;
import org.linli.workitems.lists.ListSheets;
import org.linli.workitems.lists.WorkListImport;
import org.linli.workitems.lists.WorkLists;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A list's Excel files: the template, a published version's export, and the import into the draft. */
@Controller
class WorkListFileController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkLists lists;
    private final WorkListImport importer;

    WorkListFileController(WorkLists lists, WorkListImport importer) {
        this.lists = lists;
        this.importer = importer;
    }

    @GetMapping("/worklists/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user) {
        lists.districtOf(user);
        return file("清单导入模板.xlsx", ListSheets.template());
    }

    @GetMapping("/worklists/{slug}/versions/{version}.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, @PathVariable int version) {
        var view = lists.published(user, WorkListController.kind(slug), version);
        return file(view.districtName() + view.kind().label() + "（第" + version + "版）.xlsx",
                ListSheets.write(view.shown(), view.districtName(), view.shownEntries()));
    }

    @PostMapping("/worklists/{slug}/import")
    @FormPage(value = "/worklists/{slug}", form = "import")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
                  @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw Refusal.ofField("file", "workitems.list.import.no-file");
        }
        redirect.addFlashAttribute("imported",
                importer.run(WorkListController.kind(slug), file.getOriginalFilename(), file.getBytes(), user));
        return "redirect:/worklists/" + slug + "#draft";
    }

    static ResponseEntity<byte[]> file(String name, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(content);
    }
}
