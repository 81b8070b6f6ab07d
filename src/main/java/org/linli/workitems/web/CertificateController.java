package org.linli.workitems.web;

import jakarta.validation.Valid;

import java.util.List;

import java.util.Map;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.linli.workitems.certificates.CertificateRequestForm;
import org.linli.workitems.certificates.Certificates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The certificate counter: find the certificate by words, record the request, print the refusal notice. */
@Controller
class CertificateController {

    private static final int PAGE = 10;

    private final Certificates certificates;
    private final Divisions places;

    CertificateController(Certificates certificates, Divisions places) {
        this.certificates = certificates;
        this.places = places;
    }

    @GetMapping("/certificates")
    String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int recentPage, Model model) {
        var found = certificates.search(user, q, page, PAGE);
        var recent = certificates.recent(user, recentPage, PAGE);
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE - 1) / PAGE));
        model.addAttribute("recent", recent);
        model.addAttribute("committeeNames", names(recent.requests().stream().map(r -> r.committeePath()).toList()));
        model.addAttribute("recentPage", recentPage);
        model.addAttribute("recentPages", Math.max(1, (recent.total() + PAGE - 1) / PAGE));
        model.addAttribute("records", Certificates.records(user));
        return "workitems/certificates";
    }

    @GetMapping("/certificates/new")
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam long entry, Model model) {
        model.addAttribute("entry", certificates.entry(user, entry));
        model.addAttribute("departments", certificates.departments(user));
        model.addAttribute("records", Certificates.records(user));
        return "workitems/certificate-new";
    }

    @PostMapping("/certificates")
    @FormPage("/certificates/new?entry={entryId}")
    String record(@AuthenticationPrincipal CurrentUser user, @Valid CertificateRequestForm form) {
        return "redirect:/certificates/requests/" + certificates.record(form, user);
    }

    @GetMapping("/certificates/requests/{id}")
    String notice(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        var request = certificates.get(id, user);
        model.addAttribute("request", request);
        model.addAttribute("committeeName", names(List.of(request.committeePath())).get(request.committeePath()));
        return "workitems/certificate-notice";
    }

    /** The committees' names by path, in one query. */
    private Map<String, String> names(List<String> paths) {
        Map<String, String> byCode = places.byCodes(paths.stream().map(CertificateController::code).distinct().toList()).stream()
                .collect(Collectors.toMap(Division::code, Division::name, (a, b) -> a));
        return paths.stream().distinct().collect(Collectors.toMap(p -> p, p -> byCode.getOrDefault(code(p), p)));
    }

    private static String code(String path) {
        return WorkListController.code(path);
    }
}
