package org.linli.deliberation.meetings;

import java.util.List;
import java.util.Map;

import org.linli.deliberation.topics.Committees;
import org.linli.deliberation.topics.Topic;
import org.linli.deliberation.topics.TopicStatus;
import org.linli.deliberation.topics.Topics;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Meetings convened on a roll drawn from the registry, as staff and residents may see them: the
 * meeting, its agenda with the in-person count and the online ballots, attendance against the
 * quorum. Convening, the sign-in desk, ballots, closing and cancelling are use cases of their own.
 */
@Service
public class Assemblies {

    /** One agenda item with the in-person count (once closed), the online ballots and the verdict. */
    public record Item(long topicId, String title, int position, Integer hallFor, Integer hallAgainst, Integer hallAbstain,
                       long onlineFor, long onlineAgainst, long onlineAbstain, Boolean passed, String reason) {

        public long totalFor() {
            return (hallFor == null ? 0 : hallFor) + onlineFor;
        }

        public long totalAgainst() {
            return (hallAgainst == null ? 0 : hallAgainst) + onlineAgainst;
        }

        public long totalAbstain() {
            return (hallAbstain == null ? 0 : hallAbstain) + onlineAbstain;
        }

        public long online() {
            return onlineFor + onlineAgainst + onlineAbstain;
        }
    }

    /** Who is entitled and who is present, in the meeting's unit (persons or households). */
    public record Attendance(long entitled, long present, long inPerson, long online) {

        public long absent() {
            return entitled - present;
        }
    }

    private final AssemblyStore store;
    private final Topics topics;
    private final Meetings meetings;
    private final Committees committees;

    Assemblies(AssemblyStore store, Topics topics, Meetings meetings, Committees committees) {
        this.store = store;
        this.topics = topics;
        this.meetings = meetings;
        this.committees = committees;
    }

    /** The quorum a roll-call gives: the meeting kind's rule, and for a villagers' meeting by household two thirds of households. */
    public static Quorum.Verdict quorum(MeetingKind kind, Basis basis, long entitled, long present) {
        if (basis != Basis.HOUSEHOLDS) {
            return Quorum.check(kind, entitled, present, 0, 0);
        }
        if (entitled == 0) {
            return new Quorum.Verdict(false, "名册上没有户，不能开会");
        }
        MeetingKind.Threshold rule = kind == MeetingKind.VILLAGERS_MEETING ? MeetingKind.Threshold.TWO_THIRDS_OR_MORE
                : MeetingKind.Threshold.MORE_THAN_HALF;
        String counted = "应到 " + entitled + " 户，派代表参加 " + present + " 户";
        return rule.met(present, entitled) ? new Quorum.Verdict(true, counted + "，" + rule.reached() + "，符合法定人数")
                : new Quorum.Verdict(false, counted + "，未达到" + rule.share() + "，不能作出决定");
    }

    /** Where an open meeting's attendance stands against its quorum; a cancelled meeting counts nobody. */
    public static Quorum.Verdict quorum(Assembly a, Attendance attendance) {
        return a.status() == Assembly.Status.CANCELLED ? new Quorum.Verdict(false, "会议已取消，不计法定人数")
                : quorum(a.kind(), a.basis(), attendance.entitled(), attendance.present());
    }

    /** A meeting the user may see: staff within their scope, residents of its committee (404 otherwise). */
    public Assembly get(long id, CurrentUser user) {
        Assembly a = store.find(id).orElseThrow(() -> new NotFoundException("assembly " + id));
        boolean visible = switch (user.role()) {
            case DEPARTMENT_STAFF -> false;
            case RESIDENT -> a.committeeId() == topics.committeeOf(user).id();
            default -> new DataScope(user.scope().path()).covers(a.divisionPath());
        };
        if (!visible) {
            throw new NotFoundException("assembly " + id);
        }
        return a.named(committees.get(a.committeeId()).name());
    }

    /** Meetings within the staff member's scope, newest first. */
    public List<Assembly> list(CurrentUser user) {
        if (user.role() == Role.DEPARTMENT_STAFF || user.role() == Role.RESIDENT) {
            throw new NotFoundException("assemblies");
        }
        return named(store.within(user.scope().prefix()));
    }

    /** Meetings whose agenda holds the topic (the caller has already been allowed to see the topic). */
    public List<Assembly> forTopic(long topicId) {
        return named(store.forTopic(topicId));
    }

    private List<Assembly> named(List<Assembly> assemblies) {
        Map<String, String> names = committees.names(assemblies.stream().map(Assembly::divisionPath).toList());
        return assemblies.stream().map(a -> a.named(names.get(a.divisionPath()))).toList();
    }

    public List<Item> items(long assemblyId) {
        return store.items(assemblyId);
    }

    public Attendance attendance(Assembly a) {
        return store.attendance(a);
    }

    /** Topics a worker may put on an agenda: their committee's, at the resolution stage, not yet passed. */
    public List<Topic> agendaCandidates(CurrentUser user) {
        return topics.list(user, TopicStatus.ADMITTED).stream().filter(Topic::atResolution).filter(t -> !meetings.passed(t.id()))
                .toList();
    }

    /** The committee of the signed-in worker, for pages that offer convening. */
    public Division committeeOf(CurrentUser user) {
        return topics.committeeOf(user);
    }
}
