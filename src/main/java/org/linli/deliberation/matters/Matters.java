package org.linli.deliberation.matters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.deliberation.meetings.MeetingKind;
import org.linli.deliberation.topics.Committees;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Kind;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each committee's catalogue of matters for deliberation (议事协商事项目录), kept by its street:
 * started from the organic laws' defaults the first time it is opened, then edited by the street.
 * Committee staff and residents read it; pre-review names the entry a topic is admitted under.
 */
@Service
public class Matters {

    private final MatterStore store;
    private final Divisions divisions;
    private final Committees committees;
    private final AuditLog audit;
    private final Clock clock;

    Matters(MatterStore store, Divisions divisions, Committees committees, AuditLog audit, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committee whose catalogue the user may read: in their scope, or the one they belong to (404 otherwise). */
    public Division committee(String code, CurrentUser user) {
        return divisions.findByCode(code)
                .filter(d -> d.level() == Level.COMMITTEE && user.role() != Role.DEPARTMENT_STAFF)
                .filter(d -> user.scope().covers(d.path()) || user.scope().path().startsWith(d.path()))
                .orElseThrow(() -> new NotFoundException("matters of " + code));
    }

    /** The committee a committee-level user (worker, grid worker, resident) belongs to, if any. */
    public Optional<Division> ownCommittee(CurrentUser user) {
        try {
            return Optional.of(committees.of(user));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Only the staff of the committee's street keep its catalogue. */
    public boolean mayEdit(Division committee, CurrentUser user) {
        return user.role() == Role.STREET_STAFF && user.scope().covers(committee.path());
    }

    /** Procedures and deciding bodies that fit a committee: a residents' committee has no villagers' meeting. */
    public static List<MeetingKind> bodiesFor(Division committee) {
        return committee.kind() == Kind.VILLAGERS_COMMITTEE
                ? List.of(MeetingKind.VILLAGERS_MEETING, MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING,
                        MeetingKind.JOINT_COMMITTEES_MEETING, MeetingKind.ESTATE_COUNCIL)
                : List.of(MeetingKind.RESIDENTS_MEETING, MeetingKind.RESIDENTS_REPRESENTATIVES_MEETING,
                        MeetingKind.JOINT_COMMITTEES_MEETING, MeetingKind.ESTATE_COUNCIL);
    }

    /** The committee's whole catalogue (inactive entries last), created from the law's defaults the first time. */
    @Transactional
    public List<Matter> catalogue(Division committee) {
        List<Matter> matters = store.all(committee.id());
        if (!matters.isEmpty()) {
            return matters;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        MatterDefaults.of(committee.kind()).forEach(d -> store.insert(committee, d, "system", now));
        return store.all(committee.id());
    }

    /** Active entries of a committee's catalogue, for pre-review to choose from. */
    @Transactional
    public List<Matter> active(long committeeId) {
        return catalogue(committees.get(committeeId)).stream().filter(Matter::active).toList();
    }

    /** The entry a topic was admitted under, if any. */
    public Optional<Matter> ofTopic(long topicId) {
        return store.ofTopic(topicId);
    }

    /** An active entry of the committee's catalogue, or empty. */
    public Optional<Matter> activeEntry(long committeeId, long matterId) {
        return store.activeEntry(committeeId, matterId);
    }

    /** Adds an entry ({@code id} null) or changes one. Only the committee's street may. */
    @Transactional
    public void save(Division committee, Long id, MatterForm entry, CurrentUser user) {
        Matter existing = id == null ? null : editable(committee, id, user);
        if (id == null && !mayEdit(committee, user)) {
            throw new NotFoundException("matters of " + committee.code() + " for editing");
        }
        if (store.nameTaken(committee.id(), entry.name(), id)) {
            throw Refusal.ofField("name", "deliberation.matter.name.taken", entry.name());
        }
        if (!bodiesFor(committee).contains(entry.body())) {
            throw Refusal.ofField("body", "deliberation.matter.body.not-for", entry.body().label(), committee.name());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (existing == null) {
            store.insert(committee, entry, user.username(), now);
        } else {
            store.update(committee, existing.id(), entry, user.username(), now);
        }
        audit.record("MATTER_SAVE", committee.name() + " " + entry.name(), committee.path(),
                (existing == null ? "新增：" : "修改：") + (entry.mandatory() ? "必须协商" : "可以协商") + "，由" + entry.body().label()
                        + "决定");
    }

    /** Takes an entry out of use (or back): topics admitted under it keep it. */
    @Transactional
    public void setActive(Division committee, long id, boolean active, CurrentUser user) {
        Matter m = editable(committee, id, user);
        store.setActive(id, active, user.username(), OffsetDateTime.now(clock));
        audit.record("MATTER_SAVE", committee.name() + " " + m.name(), committee.path(), active ? "恢复使用" : "停用");
    }

    /** An entry of the committee's catalogue the user may change (404 otherwise). */
    private Matter editable(Division committee, long id, CurrentUser user) {
        if (!mayEdit(committee, user)) {
            throw new NotFoundException("matters of " + committee.code() + " for editing");
        }
        return store.all(committee.id()).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("matter " + id));
    }
}
