package org.linli.deliberation.meetings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Person;
import org.linli.registry.CommitteeResidents;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sign-in desk: people of the roll found by name or ID's last four, signed in, a mistaken sign-in taken back. */
@Service
public class SignIns {

    private final Assemblies assemblies;
    private final AssemblyStore store;
    private final BallotStore ballots;
    private final Rolls rolls;
    private final CommitteeResidents residents;
    private final AuditLog audit;
    private final Clock clock;

    SignIns(Assemblies assemblies, AssemblyStore store, BallotStore ballots, Rolls rolls, CommitteeResidents residents,
            AuditLog audit, Clock clock) {
        this.assemblies = assemblies;
        this.store = store;
        this.ballots = ballots;
        this.rolls = rolls;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /** People of the roll matching what the desk typed, each with their (household's) sign-in if there is one. */
    public List<Person> search(long id, String text, CurrentUser user) {
        Assembly a = assemblies.get(id, user);
        String q = text == null ? "" : text.strip().replace("%", "").replace("_", "").replace("\\", "");
        return q.isEmpty() || user.role() == Role.RESIDENT ? List.of() : rolls.search(a, q);
    }

    /** Signs a person in at the hall, in person or as their household's representative; returns what the desk says. */
    @Transactional
    public String signIn(long id, long residentId, CurrentUser user) {
        Assembly a = open(id, user, "deliberation.sign-in.closed");
        long voter = rolls.voterOf(a, residentId, false);
        if (!ballots.insert(a.id(), voter, residentId, "IN_PERSON", user.username(), OffsetDateTime.now(clock))) {
            throw rolls.alreadyOnRecord(a, voter);
        }
        String name = Person.mask(residents.find(List.of(residentId)).getFirst().name());
        audit.record("ASSEMBLY_SIGN_IN", a.title(), a.divisionPath(), name + (a.perHousehold() ? " 代表本户签到" : " 签到"));
        return name + (a.perHousehold() ? " 已代表本户签到" : " 已签到");
    }

    /** Takes back a sign-in ticked by mistake, while the meeting is open. Online ballots are the voter's own and stay. */
    @Transactional
    public String undo(long id, long residentId, CurrentUser user) {
        Assembly a = open(id, user, "deliberation.sign-in.undo-closed");
        if (!ballots.undoSignIn(a.id(), residentId)) {
            throw Refusal.of("deliberation.sign-in.none");
        }
        String name = Person.mask(residents.find(List.of(residentId)).getFirst().name());
        audit.record("ASSEMBLY_SIGN_IN", a.title(), a.divisionPath(), name + " 撤销签到");
        return name + " 的签到已撤销";
    }

    /** The meeting, held open against closing while the desk writes (closing takes it exclusively). */
    private Assembly open(long id, CurrentUser user, String closedKey) {
        if (user.role() != Role.COMMUNITY_WORKER) {
            throw Refusal.of("deliberation.sign-in.worker-only");
        }
        String committee = assemblies.get(id, user).committeeName();
        Assembly a = store.lock(id, false);
        if (!a.open()) {
            throw Refusal.of(closedKey, a.status().label());
        }
        return a.named(committee);
    }
}
