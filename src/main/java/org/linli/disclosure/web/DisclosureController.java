package org.linli.disclosure.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.disclosure.Attachment;
import org.linli.disclosure.Compliance;
import org.linli.disclosure.Corrections;
import org.linli.disclosure.Disclosures;
import org.linli.disclosure.Item;
import org.linli.disclosure.Posting;
import org.linli.disclosure.Upload;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The disclosure board: committees post, streets and the district see what is missing, and anyone
 * reads a committee's board without signing in (and prints it for the physical notice board).
 */
@Controller
class DisclosureController {

    private final Disclosures disclosures;
    private final Compliance compliance;
    private final Divisions divisions;
    private final Corrections corrections;
    private final Clock clock;

    DisclosureController(Disclosures disclosures, Compliance compliance, Divisions divisions, Corrections corrections, Clock clock) {
        this.corrections = corrections;
        this.disclosures = disclosures;
        this.compliance = compliance;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** Committees a street's page shows at once. */
    static final int PAGE = 30;

    /**
     * The overview: a district sees totals per street, a street (or a district drilling down with
     * {@code street}) its committees a page at a time with what each owes; a committee goes to its board.
     */
    @GetMapping("/disclosure")
    String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String street,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow();
        if (node.level() == Level.COMMITTEE) {
            return "redirect:/disclosure/" + node.code();
        }
        LocalDate today = LocalDate.now(clock);
        Division shown = street == null || street.isBlank() ? node : divisions.findByCode(street)
                .filter(d -> d.level() == Level.STREET && user.scope().covers(d.path()))
                .orElseThrow(() -> new NotFoundException("street " + street));
        if (shown.level() == Level.STREET) {
            model.addAttribute("page", compliance.street(shown, today, page, PAGE));
            model.addAttribute("drilled", shown.id() != node.id());
            return "disclosure/compliance-street";
        }
        List<Compliance.Tally> streets = compliance.byStreet(user.scope(), today);
        model.addAttribute("streets", streets);
        model.addAttribute("overdue", streets.stream().mapToInt(Compliance.Tally::overdue).sum());
        model.addAttribute("due", streets.stream().mapToInt(Compliance.Tally::due).sum());
        model.addAttribute("committees", streets.stream().mapToInt(Compliance.Tally::committees).sum());
        return "disclosure/compliance";
    }

    @GetMapping("/disclosure/{code}")
    String board(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        Division committee = disclosures.committee(code, user.scope());
        LocalDate today = LocalDate.now(clock);
        List<Item> items = disclosures.catalogue(committee);
        Map<Long, List<String>> periods = new LinkedHashMap<>();
        items.forEach(i -> periods.put(i.id(), disclosures.periodChoices(committee, i, today)));
        model.addAttribute("committee", committee);
        model.addAttribute("items", items);
        model.addAttribute("periods", periods);
        model.addAttribute("gaps", compliance.gaps(new DataScope(committee.path()), today));
        model.addAttribute("resolutions", disclosures.unposted(committee));
        model.addAttribute("postings", disclosures.history(committee, 50));
        model.addAttribute("mayPost", user.role() != Role.GRID_WORKER && user.role() != Role.DEPARTMENT_STAFF);
        return "disclosure/board";
    }

    @GetMapping("/public/disclosure/{code}")
    String publicBoard(@PathVariable String code, Model model) {
        Division committee = disclosures.publicCommittee(code);
        List<Posting> postings = disclosures.onDisplay(committee, LocalDate.now(clock));
        model.addAttribute("committee", committee);
        model.addAttribute("postings", postings);
        model.addAttribute("files", corrections.attachments(postings.stream().filter(p -> !p.withdrawn()).map(Posting::id).toList()));
        return "disclosure/public";
    }

    /** Every version of a corrected posting, for anyone who asks how it read before. */
    @GetMapping("/public/disclosure/{code}/postings/{id}/versions")
    String versions(@PathVariable String code, @PathVariable long id, Model model) {
        Division committee = disclosures.publicCommittee(code);
        List<Posting> versions = corrections.versions(committee, id);
        model.addAttribute("committee", committee);
        model.addAttribute("versions", versions);
        model.addAttribute("files", corrections.attachments(versions.stream().filter(p -> !p.withdrawn()).map(Posting::id).toList()));
        return "disclosure/versions";
    }

    /** A posting's file: PDFs and images open in the browser, tables download. */
    @GetMapping("/public/disclosure/{code}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable long id) {
        Attachment.File file = corrections.file(disclosures.publicCommittee(code), id);
        ContentDisposition disposition = (Upload.inline(file.contentType()) ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).header("X-Content-Type-Options", "nosniff")
                .body(file.data());
    }
}
