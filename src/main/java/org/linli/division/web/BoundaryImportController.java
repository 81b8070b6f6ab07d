package org.linli.division.web;

import java.io.IOException;
import java.io.InputStream;

import org.linli.division.geo.BoundaryImport;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a GeoJSON file of boundaries and points: stored whole, or refused with every problem by line. */
@Controller
class BoundaryImportController {

    private final BoundaryImport boundaries;

    BoundaryImportController(BoundaryImport boundaries) {
        this.boundaries = boundaries;
    }

    @GetMapping("/divisions/import/boundaries")
    String page(@AuthenticationPrincipal CurrentUser user) {
        requireEditor(user);
        return "division/boundary-import";
    }

    @PostMapping("/divisions/import/boundaries")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model) throws IOException {
        requireEditor(user);
        if (file == null || file.isEmpty()) {
            throw Refusal.ofField("file", "division.shape-import.no-file");
        }
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "boundaries.geojson" : file.getOriginalFilename();
            model.addAttribute("outcome", boundaries.importFile(name, in, user.scope(), user.username()));
        }
        return "division/boundary-import";
    }

    private static void requireEditor(CurrentUser user) {
        if (!user.role().mayEditPlaces()) {
            throw new NotFoundException("boundary import");
        }
    }
}
