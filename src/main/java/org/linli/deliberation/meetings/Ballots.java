package org.linli.deliberation.meetings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Bindings;
import org.linli.registry.CommitteeResidents;
import org.linli.registry.ResidentView;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voting: the worker opens the vote; a resident whose account is bound to their registry record
 * and who is on the roll votes online, once per item, unless they (or their household) signed in
 * at the hall, where they vote in person.
 */
@Service
public class Ballots {

    /** What the signed-in resident has on record in a meeting: their ballot's channel, their choice on the topic, who stands for them. */
    public record MyBallot(String channel, String choice, String byName) {

        public String choiceLabel() {
            return choice == null ? "" : Choice.valueOf(choice).label();
        }
    }

    private final Assemblies assemblies;
    private final AssemblyStore store;
    private final BallotStore ballots;
    private final Rolls rolls;
    private final Bindings bindings;
    private final CommitteeResidents residents;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    Ballots(Assemblies assemblies, AssemblyStore store, BallotStore ballots, Rolls rolls, Bindings bindings,
            CommitteeResidents residents, MessageSource messages, AuditLog audit, Clock clock) {
        this.messages = messages;
        this.assemblies = assemblies;
        this.store = store;
        this.ballots = ballots;
        this.rolls = rolls;
        this.bindings = bindings;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the vote: bound residents on the roll may now vote online; sign-in stays open for late arrivals. */
    @Transactional
    public void openVoting(long id, CurrentUser user) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.voting.worker-only");
        }
        Assembly a = assemblies.get(id, user);
        if (!store.openVoting(id)) {
            throw Refusal.of("deliberation.voting.cannot-open", a.status().label());
        }
        audit.record("ASSEMBLY", a.title(), a.divisionPath(), "开始表决（现场与线上议事厅）");
    }

    public Optional<MyBallot> myBallot(Assembly a, long residentId, long topicId) {
        ResidentView me = residents.find(List.of(residentId)).getFirst();
        long voter = a.perHousehold() ? me.householdId() : me.id();
        return ballots.mine(a.id(), voter, topicId).map(b -> new MyBallot(b.channel(), b.choice(),
                residents.find(List.of(b.residentId())).getFirst().name()));
    }

    /** Why the resident may not vote online in this meeting, or null when they may. */
    public String whyNot(Assembly a, long residentId) {
        try {
            rolls.voterOf(a, residentId, true);
            return null;
        } catch (Refusal refusal) {
            return messages.getMessage(refusal.key(), refusal.args(), Locale.SIMPLIFIED_CHINESE);
        }
    }

    /**
     * A bound resident's online ballot on one agenda item. Counts them present; refused when they
     * (or their household) signed in at the hall, or already voted on the item.
     */
    @Transactional
    public void vote(long id, CastBallot ballot, CurrentUser user) {
        if (user.role() != Role.RESIDENT) {
            throw Refusal.of("deliberation.ballot.residents-only");
        }
        Bindings.Bound me = bindings.of(user.accountId()).orElseThrow(() -> Refusal.of("deliberation.ballot.not-bound"));
        String committee = assemblies.get(id, user).committeeName();
        Assembly a = store.lock(id, false).named(committee);
        if (!store.onAgenda(id, ballot.topic())) {
            throw new NotFoundException("agenda item " + ballot.topic());
        }
        if (a.status() != Assembly.Status.VOTING) {
            throw Refusal.of(switch (a.status()) {
                case CLOSED -> "deliberation.ballot.closed";
                case CANCELLED -> "deliberation.ballot.cancelled";
                default -> "deliberation.ballot.not-yet";
            });
        }
        if (me.lapsed()) {
            throw Refusal.of("deliberation.vote.lapsed");
        }
        long voter = rolls.voterOf(a, me.residentId(), true);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ballots.insert(id, voter, me.residentId(), "ONLINE", user.username(), now);
        if (!"ONLINE".equals(ballots.of(id, voter).orElseThrow().channel())) {
            throw Refusal.of(a.perHousehold() ? "deliberation.ballot.household-in-hall" : "deliberation.ballot.in-hall");
        }
        if (!ballots.choose(id, voter, ballot.topic(), ballot.choice(), now)) {
            throw Refusal.of(a.perHousehold() ? "deliberation.ballot.household-voted" : "deliberation.ballot.voted");
        }
        audit.record("ASSEMBLY_BALLOT", a.title(), a.divisionPath(), "线上议事厅投票（议题 #" + ballot.topic() + "）");
    }
}
