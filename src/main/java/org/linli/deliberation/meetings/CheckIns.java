package org.linli.deliberation.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Bindings;
import org.linli.deliberation.Person;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in by QR code (扫码签到): the desk shows a code whose link carries the meeting's random key;
 * a resident bound to their registry record opens it on their phone, at the hall on the meeting
 * day, and is signed in as if the desk had ticked them: the same {@code IN_PERSON} row of
 * {@code ballot}, so the attendance, the quorum and the hall's count read it as any other sign-in,
 * and the database keeps it to one per voter. The printed sheet lists the roll for signatures.
 */
@Service
public class CheckIns {

    /** Who signs in by code is recorded by this mark and the account, so the minutes can tell the desk from the phone. */
    static final String BY_CODE = "扫码:";

    /** What the resident's phone shows: the meeting, whether they are signed in, and if they cannot, why. */
    public record View(Assembly assembly, boolean signedIn, String whyNot) {
    }

    private final Assemblies assemblies;
    private final AssemblyStore store;
    private final BallotStore ballots;
    private final Rolls rolls;
    private final Bindings bindings;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    CheckIns(Assemblies assemblies, AssemblyStore store, BallotStore ballots, Rolls rolls, Bindings bindings, MessageSource messages,
             AuditLog audit, Clock clock) {
        this.assemblies = assemblies;
        this.store = store;
        this.ballots = ballots;
        this.rolls = rolls;
        this.bindings = bindings;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The link's path for the desk's QR code and the printed sheet (staff of the meeting only). */
    public String link(long id, CurrentUser user) {
        Assembly a = assemblies.get(id, user);
        if (user.role() == Role.RESIDENT) {
            throw new NotFoundException("check-in code of " + id);
        }
        return "/meetings/" + a.id() + "/check-in?key=" + store.checkInKey(a.id());
    }

    /** The meeting as the link shows it to a resident of its committee; a wrong key is not found. */
    public View view(long id, String key, CurrentUser user) {
        Assembly a = keyed(id, key, user);
        try {
            Voter v = voter(a, user);
            Optional<BallotStore.Ballot> mine = ballots.of(a.id(), v.voter());
            return new View(a, mine.isPresent(), mine.isPresent() ? null : whyNot(a));
        } catch (Refusal refusal) {
            return new View(a, false, messages.getMessage(refusal.key(), refusal.args(), Locale.SIMPLIFIED_CHINESE));
        }
    }

    /** Signs the resident (or their household) in, once, while the meeting is open on its day; returns what the phone says. */
    @Transactional
    public String checkIn(long id, String key, CurrentUser user) {
        Assembly named = keyed(id, key, user);
        Assembly a = store.lock(id, false).named(named.committeeName());
        Voter v = voter(a, user);
        String why = whyNot(a);
        if (why != null) {
            throw Refusal.of(a.open() ? "deliberation.check-in.not-today" : "deliberation.sign-in.closed",
                    a.open() ? a.heldOn().toString() : a.status().label());
        }
        if (!ballots.insert(a.id(), v.voter(), v.residentId(), "IN_PERSON", by(user), OffsetDateTime.now(clock))) {
            BallotStore.Ballot b = ballots.of(a.id(), v.voter()).orElseThrow();
            if (b.residentId() == v.residentId() && "ONLINE".equals(b.channel())) {
                throw Refusal.of("deliberation.check-in.online-already");
            }
            if (b.residentId() == v.residentId()) {
                throw Refusal.of("deliberation.check-in.already");
            }
            throw rolls.alreadyOnRecord(a, v.voter());
        }
        audit.record("ASSEMBLY_SIGN_IN", a.title(), a.divisionPath(),
                Person.mask(v.name()) + (a.perHousehold() ? " 扫码代表本户签到" : " 扫码签到"));
        return a.perHousehold() ? "签到成功，已代表本户签到" : "签到成功";
    }

    private record Voter(long voter, long residentId, String name) {
    }

    /** The resident's voter in this meeting, or why they cannot sign in at all. */
    private Voter voter(Assembly a, CurrentUser user) {
        if (user.role() != Role.RESIDENT) {
            throw Refusal.of("deliberation.check-in.residents-only");
        }
        Bindings.Bound me = bindings.of(user.accountId()).orElseThrow(() -> Refusal.of("deliberation.check-in.not-bound"));
        if (me.lapsed()) {
            throw Refusal.of("deliberation.check-in.lapsed");
        }
        return new Voter(rolls.voterOf(a, me.residentId(), true), me.residentId(), me.name());
    }

    /** Why the meeting takes no sign-in by code now: only while it is open, and only on its day. */
    private String whyNot(Assembly a) {
        if (!a.open()) {
            return messages.getMessage("deliberation.sign-in.closed", new Object[]{a.status().label()}, Locale.SIMPLIFIED_CHINESE);
        }
        if (!a.heldOn().equals(LocalDate.now(clock))) {
            return messages.getMessage("deliberation.check-in.not-today", new Object[]{a.heldOn().toString()},
                    Locale.SIMPLIFIED_CHINESE);
        }
        return null;
    }

    private Assembly keyed(long id, String key, CurrentUser user) {
        Assembly a = assemblies.get(id, user);
        if (key == null || !java.security.MessageDigest.isEqual(key.getBytes(), store.checkInKey(id).getBytes())) {
            throw new NotFoundException("check-in of " + id);
        }
        return a;
    }

    private static String by(CurrentUser user) {
        String by = BY_CODE + user.username();
        return by.length() <= 50 ? by : by.substring(0, 50);
    }

    /** The printed sign-in sheet: everyone on the roll (staff of the meeting only). */
    public List<Person> sheet(long id, CurrentUser user) {
        Assembly a = assemblies.get(id, user);
        if (user.role() == Role.RESIDENT) {
            throw new NotFoundException("sign-in sheet of " + id);
        }
        return rolls.sheet(a);
    }
}
