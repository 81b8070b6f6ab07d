package org.linli.deliberation.web;

import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Person;
import org.linli.deliberation.meetings.Assemblies;
import org.linli.deliberation.meetings.Assembly;
import org.linli.deliberation.meetings.CheckIns;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.linli.shared.web.QrCodes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing in to a meeting other than at the desk: the printed sign-in sheet, the QR code the desk
 * shows, and the page a resident's phone opens from it.
 */
@Controller
class MeetingSignInController {

    private final CheckIns checkIns;
    private final Assemblies assemblies;
    private final AuditLog audit;

    MeetingSignInController(CheckIns checkIns, Assemblies assemblies, AuditLog audit) {
        this.checkIns = checkIns;
        this.assemblies = assemblies;
        this.audit = audit;
    }

    /** The sign-in sheet to print: everyone on the roll with a blank column for signatures, and the QR code. */
    @GetMapping("/meetings/{id}/sheet")
    String sheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Assembly a = assemblies.get(id, user);
        List<Person> people = checkIns.sheet(id, user);
        boolean full = user.role().mayReveal();
        if (full) {
            audit.record("PERSONAL_DATA_REVEAL", a.title(), a.divisionPath(), "打印会议签到表（" + people.size() + " 人）");
        }
        model.addAttribute("a", a);
        model.addAttribute("roll", people);
        model.addAttribute("full", full);
        model.addAttribute("link", absolute(checkIns.link(id, user)));
        return "deliberation/sign-in-sheet";
    }

    /** The QR code of the meeting's sign-in link, for the desk's screen and the sheet. */
    @GetMapping(value = "/meetings/{id}/check-in.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> code(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        byte[] png = QrCodes.png(absolute(checkIns.link(id, user)), 320);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG).body(png);
    }

    /** What the resident's phone shows after scanning: the meeting and a button to sign in, or why they cannot. */
    @GetMapping("/meetings/{id}/check-in")
    String checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String key,
                   Model model) {
        // After a refused sign-in the page is shown again with the key that was posted.
        Object typedKey = ((java.util.Map<?, ?>) model.getAttribute("typed")).get("key");
        String shown = key.isEmpty() && typedKey != null ? typedKey.toString() : key;
        CheckIns.View view = checkIns.view(id, shown, user);
        model.addAttribute("a", view.assembly());
        model.addAttribute("view", view);
        model.addAttribute("key", shown);
        return "deliberation/check-in";
    }

    @PostMapping("/meetings/{id}/check-in")
    @FormPage("/meetings/{id}/check-in")
    String signIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String key,
                  RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", checkIns.checkIn(id, key, user));
        return "redirect:" + UriComponentsBuilder.fromPath("/meetings/{id}/check-in").queryParam("key", key).buildAndExpand(id)
                .toUriString();
    }

    /** The link as a phone must open it: this server's address as the request reached it (forwarded headers included). */
    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
    }
}
