package org.linli.conventions.stars;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.conventions.ConventionRules;
import org.linli.conventions.points.CommitteeOf;
import org.linli.conventions.points.PointsRules;
import org.linli.division.Division;
import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly appraisal of star civilised households (星级文明户): the candidates are the
 * committee's households whose points of the year reach a star's threshold (rule book,
 * {@link ConventionRules#STAR_THRESHOLDS}, as it applied on the year's last day); the committee
 * confirms the list once a year is over, and it is published for the year.
 */
@Service
public class Stars {

    /** A household's points in the year and the stars they reach. */
    public record Candidate(long householdId, long points, int stars) {
    }

    private final StarStore store;
    private final CommitteeOf committees;
    private final RuleBook book;
    private final AuditLog audit;
    private final Clock clock;

    Stars(StarStore store, CommitteeOf committees, RuleBook book, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    /** The candidates of the user's committee for the year (empty for users above a committee). */
    public List<Candidate> candidates(CurrentUser user, int year) {
        CommitteeOf.staff(user);
        if (!atCommittee(user)) {
            return List.of();
        }
        return candidates(committees.of(user), year);
    }

    List<Candidate> candidates(Division committee, int year) {
        List<Integer> thresholds = book.value(ConventionRules.STAR_THRESHOLDS, committee.path(), LocalDate.of(year, 12, 31));
        return store.atLeast(committee.path(), year, thresholds.getFirst()).stream()
                .map(p -> new Candidate(p.householdId(), p.total(), (int) thresholds.stream().filter(t -> p.total() >= t).count()))
                .toList();
    }

    /** Confirms the chosen candidates of a past year as the committee's star households, once a year. */
    @Transactional
    public int confirm(int year, Collection<Long> chosen, CurrentUser user) {
        Division committee = committees.recorder(user);
        if (year >= LocalDate.now(clock).getYear()) {
            throw Refusal.of("conventions.stars.year-not-over");
        }
        if (store.confirmed(committee.path(), year)) {
            throw Refusal.of("conventions.stars.confirmed", String.valueOf(year));
        }
        List<Candidate> confirmed = candidates(committee, year).stream().filter(c -> chosen.contains(c.householdId())).toList();
        if (confirmed.isEmpty()) {
            throw Refusal.of("conventions.stars.none-chosen");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        confirmed.forEach(c -> store.insert(committee.path(), year, c.householdId(), c.stars(), c.points(), user.username(), now));
        audit.record("STARS_CONFIRM", year + " 年度星级文明户", committee.path(), confirmed.size() + " 户");
        return confirmed.size();
    }

    public boolean confirmed(CurrentUser user, int year) {
        return atCommittee(user) && store.confirmed(committees.of(user).path(), year);
    }

    /** The published star households of the year that the user reads (a resident: their committee's). */
    public List<StarHousehold> published(CurrentUser user, int year) {
        String prefix = user.role() == org.linli.shared.Role.RESIDENT ? committees.of(user).path() : PointsRules.readPrefix(user, committees);
        return store.published(prefix, year);
    }

    private static boolean atCommittee(CurrentUser user) {
        return user.scope().path().split("/").length >= 6;
    }
}
