package org.linli.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.linli.audit.AuditLog;
import org.linli.registry.internal.ChangeStore;
import org.linli.registry.internal.TagStore;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags from the maintained catalogue, with the dates they hold. Age tags are derived from the
 * birth date; sensitive tags (community correction, drug rehabilitation, released prisoners,
 * severe mental disorder) are invisible to roles that do not need them.
 */
@Service
public class ResidentTags {

    private final TagStore store;
    private final ChangeStore changes;
    private final Residents residents;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResidentTags(TagStore store, ChangeStore changes, Residents residents, AuditLog audit, Clock clock,
                 ApplicationEventPublisher events) {
        this.store = store;
        this.changes = changes;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public record Tag(String code, String name, boolean sensitive, boolean derived, String needsDetail) {
    }

    public record Held(long id, String code, String name, boolean sensitive, LocalDate since, LocalDate until,
                       String detail) {

        public boolean current(LocalDate today) {
            return until == null || until.isAfter(today);
        }
    }

    /** A tag to give a resident, from a day on, with the detail some tags need (e.g. a disability's kind and grade). */
    public record Assignment(String tag, @NotNull(message = "{registry.tag.since.required}") LocalDate since,
                             @Size(max = 100, message = "{registry.tag.detail.too-long}") String detail) {
    }

    /** The tags a user may assign: not derived, and sensitive ones only for roles that may see them. */
    public List<Tag> catalogue(CurrentUser user) {
        return store.assignable().stream()
                .filter(t -> !t.sensitive() || user.role().maySeeSensitiveTags())
                .toList();
    }

    /** A resident's tags as the user may see them: derived age tags first, then recorded ones. */
    public List<Held> of(long residentId, CurrentUser user) {
        ResidentView resident = residents.get(residentId, user.scope());
        List<Held> held = new ArrayList<>();
        int age = resident.age(LocalDate.now(clock));
        // An age tag's first day is a birthday: shown only to roles that may see the birth date.
        boolean birthDate = user.role().mayReveal();
        if (age >= 60) {
            held.add(new Held(0, "AGED_60", "60 岁以上老人", false, birthDate ? resident.birthDate().plusYears(60) : null, null, null));
        }
        if (age >= 80) {
            held.add(new Held(0, "AGED_80", "80 岁以上高龄", false, birthDate ? resident.birthDate().plusYears(80) : null, null, null));
        }
        held.addAll(store.heldBy(residentId, user.role().maySeeSensitiveTags()));
        return held;
    }

    @Transactional
    public void add(long residentId, Assignment assignment, CurrentUser user) {
        ResidentView resident = residents.get(residentId, user.scope());
        Tag tag = catalogue(user).stream().filter(t -> t.code().equals(assignment.tag())).findFirst()
                .orElseThrow(() -> Refusal.ofField("tag", "registry.tag.required"));
        LocalDate since = assignment.since();
        if (since.isAfter(LocalDate.now(clock))) {
            throw Refusal.ofField("since", "registry.tag.since.future");
        }
        if (user.role().mayReveal() && since.isBefore(resident.birthDate())) {
            throw Refusal.ofField("since", "registry.tag.since.before-birth", resident.birthDate().toString());
        }
        // Without reveal the bound is what the age shown gives, so that refusals cannot find the birth date.
        LocalDate earliest = LocalDate.now(clock).minusYears(resident.age(LocalDate.now(clock)));
        if (!user.role().mayReveal() && since.isBefore(earliest)) {
            throw Refusal.ofField("since", "registry.tag.since.before-birth-hidden", earliest.toString());
        }
        String detail = assignment.detail() == null ? "" : assignment.detail().strip();
        if (tag.needsDetail() != null && detail.isEmpty()) {
            throw Refusal.ofField("detail", "registry.tag.detail.required", tag.needsDetail());
        }
        if (store.holdsOpen(residentId, tag.code())) {
            throw Refusal.ofField("tag", "registry.tag.held", tag.name());
        }
        store.add(residentId, tag.code(), since, detail.isEmpty() ? null : detail, user.username());
        changes.residentChanged(resident.id(), resident.householdId(), user.username(), "标签", "",
                tag.name() + "（自 " + since + "）", OffsetDateTime.now(clock));
        audit.record("RESIDENT_TAG", resident.auditName(), resident.divisionPath(),
                "添加标签：" + tag.name());
        published(resident);
    }

    /** Ends a tag today: the record stays, with its dates. */
    @Transactional
    public void end(long residentId, long tagId, CurrentUser user) {
        ResidentView resident = residents.get(residentId, user.scope());
        LocalDate today = LocalDate.now(clock);
        Held held = of(residentId, user).stream().filter(h -> h.id() == tagId && h.current(today)).findFirst()
                .orElseThrow(() -> new NotFoundException("tag " + tagId));
        store.end(tagId, today);
        changes.residentChanged(resident.id(), resident.householdId(), user.username(), "标签",
                held.name() + "（自 " + held.since() + "）", "已结束于 " + today, OffsetDateTime.now(clock));
        audit.record("RESIDENT_TAG", resident.auditName(), resident.divisionPath(),
                "结束标签：" + held.name());
        published(resident);
    }

    private void published(ResidentView resident) {
        events.publishEvent(new ResidentChanged(resident.id(), resident.householdId(), resident.divisionPath(),
                resident.status(), ResidentChanged.TAGGED));
    }

    /**
     * Tags residents in bulk at given rates (per ten thousand) among those who fit, deterministically
     * for a salt: used to give generated districts realistic shares of each group.
     */
    @Transactional
    public void assignAtRates(Map<String, TagEligibility> eligibility, Map<String, Integer> perTenThousand, String salt) {
        Map<String, String> conditions = new HashMap<>();
        perTenThousand.keySet().forEach(code -> conditions.put(code, eligibility.getOrDefault(code, TagEligibility.ANYONE).sql()));
        store.assignAtRates(conditions, perTenThousand, salt, LocalDate.now(clock));
    }
}
