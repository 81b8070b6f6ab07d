package org.linli.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posting on a committee's board: by its staff through the form, and by deliberation's disclosure stages. */
@Service
public class Postings {

    /** Who posts: the committee's workers, and the street and district above it. */
    private static final Set<Role> POSTERS = Set.of(Role.COMMUNITY_WORKER, Role.STREET_STAFF, Role.DISTRICT_ADMIN);

    private final Disclosures disclosures;
    private final DisclosureStore store;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Terms terms;
    private final PostingStore versions;
    private final Clock clock;

    Postings(Disclosures disclosures, DisclosureStore store, Divisions divisions, AuditLog audit, Terms terms, PostingStore versions,
             Clock clock) {
        this.versions = versions;
        this.terms = terms;
        this.disclosures = disclosures;
        this.store = store;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The board of a committee in the user's scope, if the user may post on it (404 otherwise). */
    public Division board(String code, CurrentUser user) {
        Division committee = disclosures.committee(code, user.scope());
        if (!POSTERS.contains(user.role())) {
            throw new NotFoundException("disclosure board " + code + " for " + user.username());
        }
        return committee;
    }

    /** Posts for one item and period; a major matter may name the resolution it discloses. */
    @Transactional
    public long publish(Division committee, PostingForm form, CurrentUser user) {
        Item item = disclosures.catalogue(committee).stream().filter(i -> i.id() == form.item()).findFirst()
                .orElseThrow(() -> Refusal.ofField("item", "disclosure.item.required"));
        if (form.resolution() != null) {
            if (item.kind() != Kind.MAJOR) {
                throw Refusal.ofField("resolution", "disclosure.resolution.major-only", Kind.MAJOR.label());
            }
            if (!store.hasResolution(committee.id(), form.resolution())) {
                throw Refusal.ofField("resolution", "disclosure.resolution.unknown");
            }
        }
        Upload.check(form.files());
        LocalDate today = LocalDate.now(clock);
        String period = Periods.check(form.period(), item, day -> terms.frequency(item.kind(), committee.path(), day), today);
        long id = post(committee, item, period, form.title(), form.body(), user.username(), form.resolution());
        attach(id, committee, form.files(), user.username());
        return id;
    }

    /**
     * Publishes a matter of major interest at once (a topic's resolution, its implementation's
     * result) under the committee's major-matters item; returns the posting's id.
     */
    @Transactional
    public long postMajor(long committeeId, long topicId, String title, String body, String by) {
        Division committee = divisions.findUnscoped(committeeId).orElseThrow();
        Item item = disclosures.majorMatters(committee);
        String period = item.frequency().periodOf(LocalDate.now(clock), item.graceDays()).label();
        return post(committee, item, period, title, body, by, topicId);
    }

    /**
     * Publishes a matter of major interest that answers no resolution (a finished community
     * project's result) under the committee's major-matters item; returns the posting's id.
     */
    long postMajor(long committeeId, String title, String body, String by) {
        Division committee = divisions.findUnscoped(committeeId).orElseThrow();
        Item item = disclosures.majorMatters(committee);
        String period = item.frequency().periodOf(LocalDate.now(clock), item.graceDays()).label();
        return post(committee, item, period, title, body, by, null);
    }

    /** Keeps the files of a posting (checked with {@link Upload#check}) with the type their bytes show. */
    void attach(long postingId, Division committee, java.util.List<Upload> files, String by) {
        for (Upload f : files) {
            versions.attach(postingId, committee, f, f.sniffedType(), by, OffsetDateTime.now(clock));
        }
    }

    /** Writes a posting, on display for the item's display days from today, and audits it. */
    private long post(Division committee, Item item, String period, String title, String body, String by, Long topicId) {
        long id = store.insertPosting(item, committee, period, title, body, LocalDate.now(clock).plusDays(item.displayDays()), by,
                OffsetDateTime.now(clock), topicId);
        audit.record("DISCLOSURE_PUBLISH", committee.name() + " " + title, committee.path(), item.name() + " · " + period);
        return id;
    }
}
