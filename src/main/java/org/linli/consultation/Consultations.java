package org.linli.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** One page of a draft's comments under a filter; the draft's row has the counts unless one paragraph is asked for. */
    public CommentPage comments(Consultation c, CommentFilter filter) {
        long total = filter.paragraph() != null ? store.count(c.id(), filter) : switch (filter.shown()) {
            case ALL -> c.comments();
            case UNANSWERED -> c.unanswered();
            case ANSWERED -> c.answered();
        };
        CommentPage sized = new CommentPage(filter, List.of(), total);
        return new CommentPage(filter, store.comments(c.id(), filter, sized.page()), total);
    }

    /** One comment of a draft the caller already may see, or a 404. */
    public Comment comment(Consultation c, long commentId) {
        return store.comment(c.id(), commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
    }

    /** Every comment of a draft in paragraph order, one at a time, for the export; in a transaction so rows are fetched in batches. */
    @Transactional(readOnly = true)
    public void eachComment(Consultation c, Consumer<Comment> each) {
        store.eachComment(c.id(), each);
    }

    /** A draft anyone may read without signing in: open for comment, or with its report published (404 otherwise). */
    public Consultation publicly(long id) {
        return store.find(id, OffsetDateTime.now(clock)).filter(Consultation::isPublic)
                .orElseThrow(() -> new NotFoundException("public consultation " + id));
    }
}
