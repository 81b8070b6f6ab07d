package org.linli.deliberation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.deliberation.topics.Committees;
import org.linli.division.Division;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each committee's rosters (居民代表 / 村民代表, 村委会成员, 居民小组代表): residents of its own
 * registry, kept by its community workers; the roll of every representatives' meeting, and of a
 * residents' meeting of the groups' representatives, is drawn from them. The registry says who is
 * still living in the area; its changes take people off the rosters ({@code ResidentMoves}).
 */
@Service
public class Representatives {

    /** A person on one or more of a committee's rosters who may sit in a meeting on a given day. */
    public record Member(ResidentView resident, Set<RosterRole> roles) {
    }

    private final RosterStore store;
    private final CommitteeResidents residents;
    private final Committees committees;
    private final AuditLog audit;
    private final Clock clock;

    Representatives(RosterStore store, CommitteeResidents residents, Committees committees, AuditLog audit, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committee's representatives, by name. */
    public List<Person> roster(Division committee) {
        return roster(committee, RosterRole.REPRESENTATIVE);
    }

    /** One of the committee's rosters, by name: those on it who still live in the area. */
    public List<Person> roster(Division committee, RosterRole role) {
        return members(committee, List.of(role), null).stream().map(m -> Person.of(m.resident()))
                .sorted(Comparator.comparing(Person::name).thenComparing(Person::id)).toList();
    }

    /**
     * Those on the committee's rosters of these roles who live in its area and are 18 or over on
     * {@code on} (any age when null), each once with all their roles.
     */
    public List<Member> members(Division committee, Collection<RosterRole> roles, LocalDate on) {
        Map<Long, Set<RosterRole>> listed = new LinkedHashMap<>();
        store.entries(committee.id(), roles)
                .forEach(e -> listed.computeIfAbsent(e.residentId(), r -> EnumSet.noneOf(RosterRole.class)).add(e.role()));
        DataScope area = new DataScope(committee.path());
        return residents.find(listed.keySet()).stream()
                .filter(r -> r.status() == LivingStatus.LIVING && area.covers(r.divisionPath()))
                .filter(r -> on == null || !r.birthDate().isAfter(on.minusYears(18)))
                .map(r -> new Member(r, listed.get(r.id()))).toList();
    }

    /** The residents' group (grid) each group representative was elected by, by resident. */
    public Map<Long, String> groups(Division committee) {
        Map<String, String> names = committees.childNames(committee);
        Map<Long, String> groups = new LinkedHashMap<>();
        store.entries(committee.id(), List.of(RosterRole.GROUP_REPRESENTATIVE))
                .forEach(e -> groups.put(e.residentId(), names.getOrDefault(e.groupCode(), e.groupCode())));
        return groups;
    }

    /** Residents who could join a roster: adults living in the committee's area. */
    public List<Person> candidates(Division committee, String text) {
        return residents.searchAdults(committee.path(), searchText(text), LocalDate.now(clock), 30).stream().map(Person::of).toList();
    }

    @Transactional
    public void add(CurrentUser user, RosterRole role, long residentId) {
        enrol(ownCommittee(user), role, residentId, user.username());
    }

    /** Puts an adult living resident of the committee's area on its roster of representatives. */
    @Transactional
    public void enrol(Division committee, long residentId, String by) {
        enrol(committee, RosterRole.REPRESENTATIVE, residentId, by);
    }

    @Transactional
    public void enrol(Division committee, RosterRole role, long residentId, String by) {
        if (!RosterRole.of(committee.kind()).contains(role)) {
            throw Refusal.of("deliberation.roster.role", committee.name(), role.label(committee.kind()));
        }
        ResidentView r = eligible(committee, residentId);
        String group = role == RosterRole.GROUP_REPRESENTATIVE ? group(committee, r) : null;
        if (!store.insert(committee, role, residentId, group, by, OffsetDateTime.now(clock))) {
            throw Refusal.of("deliberation.roster.already", Person.mask(r.name()), r.idLast4(), role.list());
        }
        audit.record("REPRESENTATIVE", role.label(committee.kind()) + " " + r.name() + "（尾号 " + r.idLast4() + "）",
                committee.path(), "列入" + role.list());
    }

    private ResidentView eligible(Division committee, long residentId) {
        LocalDate adult = LocalDate.now(clock).minusYears(18);
        return residents.find(List.of(residentId)).stream()
                .filter(r -> r.status() == LivingStatus.LIVING && new DataScope(committee.path()).covers(r.divisionPath())
                        && !r.birthDate().isAfter(adult))
                .findFirst().orElseThrow(() -> Refusal.of("deliberation.roster.not-eligible"));
    }

    /** The residents' group (grid) the resident lives in, which may elect at most {@link RosterRole#PER_GROUP}. */
    private String group(Division committee, ResidentView r) {
        String below = r.divisionPath().substring(committee.path().length());
        if (below.indexOf('/') <= 0) {
            throw Refusal.of("deliberation.roster.no-group");
        }
        String group = below.substring(0, below.indexOf('/'));
        if (store.inGroup(committee.id(), group) >= RosterRole.PER_GROUP) {
            String name = committees.childNames(committee).getOrDefault(group, group);
            throw Refusal.of("deliberation.roster.group-full", name, String.valueOf(RosterRole.PER_GROUP));
        }
        return group;
    }

    @Transactional
    public void remove(CurrentUser user, RosterRole role, long residentId) {
        Division committee = ownCommittee(user);
        if (!store.delete(committee.id(), role, residentId)) {
            throw new NotFoundException("roster entry " + residentId);
        }
        audit.record("REPRESENTATIVE", "居民 #" + residentId, committee.path(), "移出" + role.list());
    }

    /** Only the committee's own workers keep its rosters. */
    public Division ownCommittee(CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.roster.worker-only");
        }
        return committees.of(user);
    }

    /** What a worker typed, without LIKE's wildcards. */
    public static String searchText(String text) {
        return text == null ? "" : text.strip().replace("%", "").replace("_", "").replace("\\", "");
    }
}
