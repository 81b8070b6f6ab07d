package org.linli.conventions.charter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.consultation.DraftForm;
import org.linli.consultation.Drafts;
import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.ReasonForm;
import org.linli.deliberation.CommitteeTopics;
import org.linli.division.Division;
import org.linli.division.Kind;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's conventions (居民公约 · 村规民约, 城乡居民委员会组织法 art. 17, 村民委员会组织法
 * art. 27): the worker drafts one and it goes out for residents' comments through the consultation
 * module; the worker names the topic whose meeting will vote on it, and the meeting's resolution
 * adopts it (see {@link Adoption}); the street or township files it (备案) with a date and number,
 * or sends it back with a reason, after which another vote adopts it again. Residents read their
 * committee's conventions in force.
 */
@Service
public class Conventions {

    public record Page(List<Convention> conventions, long total) {
    }

    private final ConventionStore store;
    private final Drafts drafts;
    private final CommitteeTopics topics;
    private final CommitteeOf committees;
    private final AuditLog audit;
    private final Clock clock;

    Conventions(ConventionStore store, Drafts drafts, CommitteeTopics topics, CommitteeOf committees, AuditLog audit, Clock clock) {
        this.store = store;
        this.drafts = drafts;
        this.topics = topics;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes the draft for comment and keeps the convention with its consultation; returns its id. */
    @Transactional
    public long draft(ConventionForm form, CurrentUser user) {
        Division committee = committees.recorder(user);
        long consultation = drafts.publish(new DraftForm(committee.code(), form.title(), form.body(), form.deadline()), user);
        long id = store.insert(committee, kindOf(committee), form.title(), form.body(), consultation, user.username(),
                OffsetDateTime.now(clock));
        audit.record("CONVENTION_DRAFT", form.title(), committee.path(), "公约草案公开征求意见（征求意见 #" + consultation + "）");
        return id;
    }

    static String kindOf(Division committee) {
        return committee.kind() == Kind.VILLAGERS_COMMITTEE ? Convention.VILLAGERS : Convention.RESIDENTS;
    }

    /** Names the topic whose resolution adopts the convention: one of the committee's undecided topics. */
    @Transactional
    public void putToVote(long id, Long topicId, CurrentUser user) {
        Division committee = committees.recorder(user);
        Convention c = store.find(id, committee.path()).orElseThrow(() -> new NotFoundException("convention " + id));
        if (c.status() != ConventionStatus.DRAFTING && c.status() != ConventionStatus.RETURNED) {
            throw Refusal.ofField("topicId", "conventions.convention.not-drafting");
        }
        var topic = topics.undecided(committee.id()).stream().filter(t -> topicId != null && t.id() == topicId).findFirst()
                .orElseThrow(() -> Refusal.ofField("topicId", "conventions.convention.topic.required"));
        store.linkTopic(id, topic.id());
        audit.record("CONVENTION_TOPIC", c.title(), committee.path(), "提交议题表决：" + topic.title());
    }

    /** The street records the filing of an adopted convention of its committees. */
    @Transactional
    public void file(long id, FilingForm form, CurrentUser user) {
        Convention c = forFiling(id, user);
        if (form.filedOn().isAfter(LocalDate.now(clock)) || form.filedOn().isBefore(c.adoptedOn())) {
            throw Refusal.ofField("filedOn", "conventions.filing.day.range");
        }
        if (!store.file(id, form.filedOn(), form.number(), user.username())) {
            throw Refusal.of("conventions.filing.not-adopted");
        }
        audit.record("CONVENTION_FILE", c.title(), c.committeePath(), "备案 " + form.number() + "，" + form.filedOn());
    }

    /** The street sends an adopted convention back with its reason; another vote must adopt it again. */
    @Transactional
    public void sendBack(long id, ReasonForm form, CurrentUser user) {
        Convention c = forFiling(id, user);
        if (!store.sendBack(id, form.reason(), user.username())) {
            throw Refusal.of("conventions.filing.not-adopted");
        }
        audit.record("CONVENTION_RETURN", c.title(), c.committeePath(), "备案退回：" + form.reason());
    }

    private Convention forFiling(long id, CurrentUser user) {
        if (user.role() != Role.STREET_STAFF) {
            throw Refusal.of("conventions.filing.street-only");
        }
        Convention c = get(id, user);
        if (c.status() != ConventionStatus.ADOPTED) {
            throw Refusal.of("conventions.filing.not-adopted");
        }
        return c;
    }

    /** A convention the user may read: staff within their scope, residents their committee's in force. */
    public Convention get(long id, CurrentUser user) {
        if (user.role() == Role.RESIDENT) {
            Division committee = committees.of(user);
            return store.find(id, committee.path()).filter(c -> c.status().inForce())
                    .orElseThrow(() -> new NotFoundException("convention " + id));
        }
        return store.find(id, org.linli.conventions.points.PointsRules.readPrefix(user, committees))
                .orElseThrow(() -> new NotFoundException("convention " + id));
    }

    public Page page(CurrentUser user, ConventionStatus status, int page, int size) {
        CommitteeOf.staff(user);
        String prefix = org.linli.conventions.points.PointsRules.readPrefix(user, committees);
        String s = status == null ? "" : status.name();
        return new Page(store.within(prefix, s, Math.min(Math.max(0, page), 100_000) * size, size), store.count(prefix, s));
    }

    public List<Convention> inForce(CurrentUser user) {
        return store.inForce(committees.of(user).path());
    }

    public List<CommitteeTopics.TopicChoice> topicChoices(CurrentUser user) {
        return CommitteeOf.records(user) ? topics.undecided(committees.of(user).id()) : List.of();
    }

    /** The demo's convention, adopted and filed, once (its title says whether it is there). */
    @Transactional
    public void ensureFiled(Division committee, String title, String body, Long consultationId, LocalDate adoptedOn,
                            LocalDate filedOn, String number, String by) {
        if (store.exists(committee.path(), title)) {
            return;
        }
        long id = store.insert(committee, kindOf(committee), title, body, consultationId, by, OffsetDateTime.now(clock));
        store.settle(id, null, adoptedOn, filedOn, number, "street");
    }
}
