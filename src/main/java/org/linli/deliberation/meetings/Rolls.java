package org.linli.deliberation.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.deliberation.Person;
import org.linli.deliberation.Representatives;
import org.linli.division.Division;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentView;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * A meeting's roll: who is entitled on the meeting day, taken from the registry (and the
 * committee's rosters) when the meeting is convened and kept as it was; who a resident is in the
 * meeting (themselves, or their household); and the people of the roll as the desk and the
 * minutes list them. The registry is asked once per list, never once per person.
 */
@Component
class Rolls {

    /** How many adults a desk search looks at before keeping those on the roll. */
    private static final int SEARCHED = 2000;

    private final CommitteeResidents residents;
    private final Representatives representatives;
    private final BallotStore ballots;

    Rolls(CommitteeResidents residents, Representatives representatives, BallotStore ballots) {
        this.residents = residents;
        this.representatives = representatives;
        this.ballots = ballots;
    }

    /** The voters entitled to a meeting on this basis on its day: resident ids, or household ids. */
    List<Long> entitled(MeetingKind kind, Basis basis, Division committee, LocalDate heldOn) {
        return switch (basis) {
            case PERSONS -> residents.adults(committee.path(), heldOn);
            case HOUSEHOLDS -> residents.households(committee.path(), heldOn);
            case REPRESENTATIVES, GROUP_REPRESENTATIVES -> representatives.members(committee, basis.rosters(kind), heldOn).stream()
                    .map(m -> m.resident().id()).sorted().toList();
        };
    }

    /** The voter a resident is in this meeting (themselves, or their household), or why they are not on its roll. */
    long voterOf(Assembly a, long residentId, boolean self) {
        ResidentView r = residents.find(List.of(residentId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("resident " + residentId));
        String who = self ? "您" : Person.mask(r.name());
        if (!new DataScope(a.divisionPath()).covers(r.divisionPath())) {
            throw Refusal.of("deliberation.vote.other-committee", who, a.committeeName());
        }
        if (r.status() != LivingStatus.LIVING) {
            throw Refusal.of("deliberation.vote.not-living", who);
        }
        if (r.birthDate().isAfter(a.heldOn().minusYears(18))) {
            throw Refusal.of("deliberation.vote.under-age", who, a.heldOn().toString());
        }
        long voter = a.perHousehold() ? r.householdId() : r.id();
        if (!ballots.onRoll(a.id(), voter)) {
            String key = switch (a.basis()) {
                case REPRESENTATIVES -> "deliberation.vote.not-on-roster";
                case GROUP_REPRESENTATIVES -> "deliberation.vote.not-on-group-roster";
                case HOUSEHOLDS -> "deliberation.vote.household-not-on-roll";
                case PERSONS -> "deliberation.vote.not-on-roll";
            };
            throw Refusal.of(key, who);
        }
        return voter;
    }

    /** Why a voter's ballot already exists: present online, or signed in at the hall (by whom, for a household). */
    Refusal alreadyOnRecord(Assembly a, long voter) {
        BallotStore.Ballot b = ballots.of(a.id(), voter).orElseThrow();
        String name = residents.find(List.of(b.residentId())).getFirst().name();
        String who = (a.perHousehold() ? "该户已由" : "") + Person.mask(name);
        String key = "ONLINE".equals(b.channel()) ? "deliberation.sign-in.online-already" : "deliberation.sign-in.already";
        return Refusal.of(key, who);
    }

    /**
     * People of the roll whose name begins with the text or whose ID ends with it, for the sign-in
     * desk; where the rule counts households, the adult members of households on the roll, each
     * with their household's sign-in if there is one.
     */
    List<Person> search(Assembly a, String text) {
        List<ResidentView> found = residents.searchAdults(a.divisionPath(), text, a.heldOn(), SEARCHED);
        Function<ResidentView, Long> voter = r -> a.perHousehold() ? r.householdId() : r.id();
        Set<Long> onRoll = ballots.onRoll(a.id(), found.stream().map(voter).toList());
        List<ResidentView> listed = found.stream().filter(r -> onRoll.contains(voter.apply(r))).limit(30).toList();
        Map<Long, BallotStore.Ballot> signed = ballots.of(a.id(), listed.stream().map(voter).toList()).stream()
                .collect(Collectors.toMap(BallotStore.Ballot::voterId, b -> b));
        Map<Long, String> signers = names(signed.values().stream().map(BallotStore.Ballot::residentId).toList());
        return listed.stream().map(r -> {
            BallotStore.Ballot b = signed.get(voter.apply(r));
            return b == null ? Person.of(r) : Person.of(r, b.channel(), signers.get(b.residentId()));
        }).toList();
    }

    /** Everyone present, in the order they came, with how and by whom. */
    List<Person> present(Assembly a) {
        List<BallotStore.Ballot> present = ballots.present(a.id());
        Map<Long, ResidentView> people = residents.find(present.stream().map(BallotStore.Ballot::residentId).toList()).stream()
                .collect(Collectors.toMap(ResidentView::id, r -> r));
        return present.stream().map(b -> Person.of(people.get(b.residentId()), b.channel(), b.recordedBy())).toList();
    }

    /** Those on the roll with no ballot, by name (a household by its head), at most {@code limit}. */
    List<Person> absent(Assembly a, int limit) {
        List<Long> voters = ballots.absent(a.id());
        List<ResidentView> people = new ArrayList<>(a.perHousehold() ? residents.heads(voters) : residents.find(voters));
        people.sort(Comparator.comparing(ResidentView::name).thenComparing(ResidentView::id));
        return people.stream().limit(limit).map(Person::of).toList();
    }

    /**
     * Everyone on the roll for the printed sign-in sheet (a household by its head), by address and
     * name so that people find their line as they find their door.
     */
    List<Person> sheet(Assembly a) {
        List<Long> voters = ballots.roll(a.id());
        List<ResidentView> people = new ArrayList<>(a.perHousehold() ? residents.heads(voters) : residents.find(voters));
        people.sort(Comparator.comparing(ResidentView::address, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ResidentView::name).thenComparing(ResidentView::id));
        return people.stream().map(Person::of).toList();
    }

    private Map<Long, String> names(List<Long> residentIds) {
        return residents.find(residentIds).stream().collect(Collectors.toMap(ResidentView::id, ResidentView::name));
    }
}
