package org.linli.consultation.web;

import org.linli.consultation.CommentFilter;
import org.linli.consultation.CommentPage;
import org.linli.consultation.Consultation;
import org.linli.consultation.ConsultationStatus;
import org.linli.consultation.Consultations;
import org.linli.shared.web.QrCodes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What anyone reads without signing in, at one shareable address per draft: while the draft is
 * open for comment, the draft with its comments (names masked) and a way to sign in and comment;
 * once its feedback report is published, the report. Between the two (answers under way) and for
 * an unknown id the address answers 404. Its QR code is an SVG image of the same address.
 */
@Controller
class PublicConsultationController {

    private final Consultations consultations;

    PublicConsultationController(Consultations consultations) {
        this.consultations = consultations;
    }

    /** The public address of a draft as the visitor reached this server (behind a proxy, the proxy's). */
    static String url(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/consultations/{id}").buildAndExpand(id).toUriString();
    }

    @GetMapping("/public/consultations/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer paragraph, @RequestParam(defaultValue = "0") int page,
                Model model) {
        Consultation c = consultations.publicly(id);
        CommentPage comments = consultations.comments(c, new CommentFilter(paragraph, null, page));
        model.addAttribute("c", c);
        model.addAttribute("paragraphs", consultations.paragraphs(id));
        model.addAttribute("comments", comments);
        model.addAttribute("byParagraph", comments.byParagraph());
        model.addAttribute("publicUrl", url(id));
        if (c.status() == ConsultationStatus.REPORTED) {
            model.addAttribute("counts", c.answerCounts());
            model.addAttribute("total", c.comments());
            return "consultation/report";
        }
        return "consultation/public";
    }

    @GetMapping("/public/consultations/{id}/qr.svg")
    ResponseEntity<String> qr(@PathVariable long id) {
        consultations.publicly(id);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).cacheControl(CacheControl.noCache())
                .body(QrCodes.svg(url(id)));
    }
}
