package org.linli.consultation.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.consultation.Consultation;
import org.linli.consultation.Consultations;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The publishing staff's Excel export of a draft's comments and answers, streamed row by row. */
@Controller
class ExportController {

    private final Consultations consultations;

    ExportController(Consultations consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/consultations/{id}/comments.xlsx")
    void export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response) throws IOException {
        Consultation c = consultations.get(id, user);
        if (!consultations.manages(c, user)) {
            throw new NotFoundException("consultation export " + id);
        }
        String name = URLEncoder.encode(c.title() + "-意见及答复.xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"comments.xlsx\"; filename*=UTF-8''" + name);
        ConsultationWorkbook.write(c, consultations.paragraphs(id), each -> consultations.eachComment(c, each),
                response.getOutputStream());
    }
}
