package org.linli.deliberation.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Representatives;
import org.linli.deliberation.RosterRole;
import org.linli.deliberation.matters.Matter;
import org.linli.deliberation.matters.Matters;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.Topics;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.shared.Sex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convening a meeting of the worker's committee on the topics chosen, with its roll taken from
 * the registry as of the meeting day. The law's conditions are checked here: the committee holds
 * such meetings, the topics are at their vote and go before this body, a villagers' meeting is
 * announced ten days ahead (unless urgent), and a villagers' representatives' meeting has the
 * composition the law asks (unless a reason is given). Reasons for exceptions are minuted.
 */
@Service
public class Convening {

    private final AssemblyStore store;
    private final Assemblies assemblies;
    private final Topics topics;
    private final Matters matters;
    private final Rolls rolls;
    private final Representatives representatives;
    private final ConveningRules rules;
    private final AuditLog audit;
    private final Clock clock;

    Convening(AssemblyStore store, Assemblies assemblies, Topics topics, Matters matters, Rolls rolls,
              Representatives representatives, ConveningRules rules, AuditLog audit, Clock clock) {
        this.store = store;
        this.assemblies = assemblies;
        this.topics = topics;
        this.matters = matters;
        this.rolls = rolls;
        this.representatives = representatives;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Convenes the meeting; returns its id. */
    @Transactional
    public long convene(ConveneMeeting m, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.convene.worker-only");
        }
        Division committee = topics.committeeOf(user);
        if (!Basis.kindsFor(committee.kind()).contains(m.kind())) {
            throw Refusal.ofField("kind", "deliberation.convene.kind", committee.name(), m.kind().label());
        }
        if (!Basis.of(m.kind()).contains(m.basis())) {
            throw Refusal.ofField("basis", "deliberation.convene.basis", m.kind().label(), m.basis().label());
        }
        LocalDate today = LocalDate.now(clock);
        if (m.heldOn().isBefore(today.minusYears(1)) || m.heldOn().isAfter(today.plusYears(1))) {
            throw Refusal.ofField("heldOn", "deliberation.convene.date");
        }
        List<Topic> agenda = agenda(m, committee, user);
        String urgent = notice(m, committee, today);
        List<Long> roll = rolls.entitled(m.kind(), m.basis(), committee, m.heldOn());
        if (roll.isEmpty()) {
            throw Refusal.ofField("basis", m.basis() == Basis.REPRESENTATIVES ? "deliberation.convene.roster-empty"
                    : m.basis() == Basis.GROUP_REPRESENTATIVES ? "deliberation.convene.group-roster-empty" : "deliberation.convene.nobody");
        }
        String composition = composition(m, committee);
        long id = store.insert(committee, m, urgent, composition, user.username(), OffsetDateTime.now(clock));
        store.agenda(id, agenda.stream().map(Topic::id).toList());
        int entitled = store.roll(id, roll);
        audit.record("ASSEMBLY", m.heldOn() + " " + m.kind().label(), committee.path(), "召集会议，应到 " + entitled + " "
                + m.basis().unit() + "，议程：" + String.join("；", agenda.stream().map(Topic::title).toList())
                + (urgent == null ? "" : "；" + urgent) + (composition == null ? "" : "；" + composition));
        return id;
    }

    /** The topics of the agenda: the committee's, at their vote, on no other open meeting, going before this body. */
    private List<Topic> agenda(ConveneMeeting m, Division committee, CurrentUser user) {
        List<Long> eligible = assemblies.agendaCandidates(user).stream().map(Topic::id).toList();
        List<Topic> agenda = new ArrayList<>();
        for (long topicId : m.topics()) {
            Topic t = topics.get(topicId, user);
            if (t.committeeId() != committee.id() || !eligible.contains(topicId)) {
                throw Refusal.ofField("topics", "deliberation.convene.not-at-resolution", t.title());
            }
            if (store.onOpenAgenda(topicId)) {
                throw Refusal.ofField("topics", "deliberation.convene.on-other-agenda", t.title());
            }
            Matter entry = matters.ofTopic(topicId).orElse(null);
            if (entry != null && !entry.decidableBy(m.kind())) {
                boolean typedOnly = Basis.of(entry.body()).isEmpty();
                throw Refusal.ofField("kind", typedOnly ? "deliberation.convene.wrong-body.typed-only" : "deliberation.convene.wrong-body",
                        t.title(), entry.name(), entry.deciderLabels(), m.kind().label(), entry.body().label());
            }
            agenda.add(t);
        }
        return agenda;
    }

    /**
     * Villagers are told of their meeting ten days ahead (村民委员会组织法 art. 21; the days are the
     * region's rule). A shorter notice needs the meeting marked urgent with a reason, which is
     * returned for the minutes; otherwise null.
     */
    private String notice(ConveneMeeting m, Division committee, LocalDate today) {
        if (m.kind() != MeetingKind.VILLAGERS_MEETING) {
            return null;
        }
        int days = rules.noticeDays(committee);
        if (!m.heldOn().isBefore(today.plusDays(days))) {
            return null;
        }
        if (!m.urgent()) {
            throw Refusal.ofField("heldOn", "deliberation.convene.notice", String.valueOf(days), today.plusDays(days).toString());
        }
        if (m.urgentReason().length() < 2) {
            throw Refusal.ofField("urgentReason", "deliberation.convene.urgent-reason");
        }
        return "紧急召开（通知不足 " + days + " 天）：" + m.urgentReason();
    }

    /**
     * A villagers' representatives' meeting is made of the villagers' committee's members and the
     * representatives; the representatives are at least four fifths of it and the women among them
     * at least the region's share of it (村民委员会组织法 art. 25: one third). A roster short of
     * either is convened only with a reason, returned for the minutes; otherwise null.
     */
    private String composition(ConveneMeeting m, Division committee) {
        if (m.kind() != MeetingKind.VILLAGERS_REPRESENTATIVES_MEETING) {
            return null;
        }
        List<Representatives.Member> members = representatives.members(committee, m.basis().rosters(m.kind()), m.heldOn());
        long all = members.size();
        long reps = members.stream().filter(p -> p.roles().contains(RosterRole.REPRESENTATIVE)).count();
        long women = members.stream().filter(p -> p.roles().contains(RosterRole.REPRESENTATIVE) && p.resident().sex() == Sex.FEMALE)
                .count();
        if (5 * reps >= 4 * all && rules.womenShareReached(committee, women, all)) {
            return null;
        }
        if (m.compositionReason().length() < 2) {
            throw Refusal.ofField("compositionReason", "deliberation.convene.composition", String.valueOf(all), String.valueOf(reps),
                    String.valueOf(women), rules.womenShareLabel(committee));
        }
        return "组成不符合法定比例（" + all + " 人，其中村民代表 " + reps + " 人、妇女村民代表 " + women + " 人），仍召开的理由："
                + m.compositionReason();
    }
}
