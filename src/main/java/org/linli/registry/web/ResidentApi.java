package org.linli.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.linli.registry.ResidentView;
import org.linli.registry.Residents;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents as JSON, with the same scope as the pages. Identifiers are masked; searching by a
 * whole identifier is a POST so that it never appears in a URL.
 */
@RestController
@RequestMapping("/api/residents")
class ResidentApi {

    private final Residents residents;
    private final Clock clock;

    ResidentApi(Residents residents, Clock clock) {
        this.clock = clock;
        this.residents = residents;
    }

    /**
     * What the API shows of a resident: never a whole ID or phone number, and the birth date only to
     * roles that may reveal (with it the masked number would narrow to a few hundred candidates).
     */
    record Resident(long id, long householdId, String name, String idNumber, String sex, LocalDate birthDate, int age,
                    String phone, String ethnicity, String registration, String status, String relation, String address) {

        static Resident of(ResidentView r, LocalDate today, CurrentUser user) {
            return new Resident(r.id(), r.householdId(), r.name(), r.idMasked(), r.sex().label(),
                    user.role().mayReveal() ? r.birthDate() : null, r.age(today),
                    r.phoneMasked(), r.ethnicity(), r.registration().label(), r.status().label(), r.relation().label(),
                    r.address());
        }
    }

    record Page(List<Resident> residents, long total, boolean totalIsLowerBound, String searchedBy) {
    }

    @GetMapping
    Page list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return search(user, q, page, size);
    }

    @PostMapping("/search")
    Page searchPosted(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return search(user, q, page, size);
    }

    @GetMapping("/{id}")
    Resident get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return Resident.of(residents.get(id, user.scope()), LocalDate.now(clock), user);
    }

    private Page search(CurrentUser user, String q, int page, int size) {
        Residents.SearchResult result = residents.search(user, q, Math.max(0, page), Math.clamp(size, 1, 200));
        return new Page(result.rows().stream().map(r -> Resident.of(r, LocalDate.now(clock), user)).toList(), Math.min(result.total(), Residents.COUNT_CAP),
                result.capped(), result.kind().label());
    }
}
