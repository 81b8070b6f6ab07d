package org.linli.workitems.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.web.FormPage;
import org.linli.workitems.burden.BurdenImport;
import org.linli.workitems.burden.BurdenRows;
import org.linli.workitems.burden.Burdens;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A committee's burden inventory from Excel: the template, the import, and the rows it refused as a
 * file to mend and upload again. The refused rows are kept in the session, for this user only.
 */
@Controller
class BurdenFileController {

    private final Burdens burdens;
    private final BurdenImport importer;

    BurdenFileController(Burdens burdens, BurdenImport importer) {
        this.burdens = burdens;
        this.importer = importer;
    }

    @GetMapping("/burden/template.xlsx")
    ResponseEntity<byte[]> template() {
        return WorkListFileController.file("减负清单导入模板.xlsx", BurdenRows.template());
    }

    @PostMapping("/burden/{committeeId}/import")
    @FormPage(value = "/burden/{committeeId}", form = "import")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long committeeId,
                  @RequestParam(value = "file", required = false) MultipartFile file, HttpSession session,
                  RedirectAttributes redirect) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw Refusal.ofField("file", "workitems.burden.import.no-file");
        }
        BurdenImport.Result result = importer.run(committeeId, file.getOriginalFilename(), file.getBytes(), user);
        session.setAttribute(key(committeeId), result.problems());
        redirect.addFlashAttribute("imported", result);
        return "redirect:/burden/" + committeeId;
    }

    @GetMapping("/burden/{committeeId}/import/refused.xlsx")
    ResponseEntity<byte[]> refused(@AuthenticationPrincipal CurrentUser user, @PathVariable long committeeId, HttpSession session) {
        var committee = burdens.committee(committeeId, user);
        if (!(session.getAttribute(key(committeeId)) instanceof List<?> rows) || rows.isEmpty()) {
            throw new NotFoundException("no refused rows of " + committeeId + " in this session");
        }
        @SuppressWarnings("unchecked")
        List<BurdenImport.Problem> problems = (List<BurdenImport.Problem>) rows;
        return WorkListFileController.file(committee.name() + "减负清单（未导入的行）.xlsx", BurdenRows.refused(problems));
    }

    private static String key(long committeeId) {
        return "burden-refused-" + committeeId;
    }
}
