package org.linli.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Reading drafts out for comment, and who may do what with them. Who takes part follows the
 * draft's division: staff whose scope covers it publish, answer and report; residents living
 * under it comment while it is open; staff below it read it. Everyone else gets a 404.
 */
@Service
public class Consultations {

    /** Roles that publish drafts and answer comments (within their scope). */
    static final Set<Role> PUBLISHERS = Set.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_WORKER);
    /** Staff see drafts for divisions in their scope, and drafts for a division above them (a street's, a district's). */
    private static final String STAFF_VISIBLE = "(c.division_path LIKE :prefix || '%' OR starts_with(:path, c.division_path))";

    private final ConsultationStore store;
    private final Divisions divisions;
    private final Clock clock;

    Consultations(ConsultationStore store, Divisions divisions, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** The divisions a user may publish a draft for: their own node and, below a district or street, its children. */
    public List<Division> divisionsFor(CurrentUser user) {
        if (!PUBLISHERS.contains(user.role())) {
            return List.of();
        }
        Division own = divisions.findUnscoped(user.divisionId()).orElseThrow();
        List<Division> choices = new ArrayList<>();
        if (own.level() == Level.COUNTY || own.level() == Level.STREET || own.level() == Level.COMMITTEE) {
            choices.add(own);
        }
        if (own.level() == Level.COUNTY || own.level() == Level.STREET) {
            choices.addAll(divisions.children(own, user.scope(), 0, 500).stream()
                    .filter(d -> d.level() == Level.STREET || d.level() == Level.COMMITTEE).toList());
        }
        return choices;
    }

    /** One page of the drafts a user sees, newest first; {@code status} null for all. */
    public List<Consultation> list(CurrentUser user, ConsultationStatus status, int page, int size) {
        return store.list(visibleTo(user), user.scope().prefix(), user.scope().path(), status, OffsetDateTime.now(clock),
                size, page * size);
    }

    public long count(CurrentUser user, ConsultationStatus status) {
        return store.count(visibleTo(user), user.scope().prefix(), user.scope().path(), status, OffsetDateTime.now(clock));
    }

    private static String visibleTo(CurrentUser user) {
        return switch (user.role()) {
            // A resident sees the drafts for their committee or a division above it, never those of other committees.
            case RESIDENT -> "starts_with(:path, c.division_path)";
            case DEPARTMENT_STAFF -> "false";
            default -> STAFF_VISIBLE;
        };
    }

    /** A draft the user may see, or a 404. */
    public Consultation get(long id, CurrentUser user) {
        Consultation c = store.find(id, OffsetDateTime.now(clock)).orElseThrow(() -> new NotFoundException("consultation " + id));
        if (!visible(c, user)) {
            throw new NotFoundException("consultation " + id);
        }
        return c;
    }

    static boolean visible(Consultation c, CurrentUser user) {
        boolean above = user.scope().path().startsWith(c.divisionPath());
        return switch (user.role()) {
            case RESIDENT -> above;
            case DEPARTMENT_STAFF -> false;
            default -> above || user.scope().covers(c.divisionPath());
        };
    }

    /** Whether the user answers the draft's comments and publishes its report: staff whose scope covers its division. */
    public boolean manages(Consultation c, CurrentUser user) {
        return PUBLISHERS.contains(user.role()) && user.scope().covers(c.divisionPath());
    }

    /** Whether the user may comment on it now. */
    public boolean mayComment(Consultation c, CurrentUser user) {
        return user.role() == Role.RESIDENT && c.status() == ConsultationStatus.OPEN && visible(c, user);
    }

    /** A draft whose feedback report is published, for anyone (404 before that). */
    public Consultation published(long id) {
        return store.findReported(id, OffsetDateTime.now(clock))
                .orElseThrow(() -> new NotFoundException("consultation report " + id));
    }

    public List<Paragraph> paragraphs(long id) {
        return store.paragraphs(id);
    }

    public List<Comment> comments(long id) {
        return store.comments(id);
    }

    /** How many comments got each answer. */
    public Map<Answer, Long> answerCounts(List<Comment> comments) {
        Map<Answer, Long> counts = new EnumMap<>(Answer.class);
        for (Answer a : Answer.values()) {
            counts.put(a, comments.stream().filter(k -> k.answer() == a).count());
        }
        return counts;
    }

    /** A draft's comments as the page, the Excel export and the report group them: by paragraph, in order. */
    public Map<Integer, List<Comment>> byParagraph(List<Comment> comments) {
        Map<Integer, List<Comment>> grouped = new LinkedHashMap<>();
        comments.forEach(k -> grouped.computeIfAbsent(k.paragraph(), n -> new ArrayList<>()).add(k));
        return grouped;
    }
}
