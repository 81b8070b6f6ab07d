package org.linli.casework;

import java.util.List;

import org.linli.casework.internal.CaseReads;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Cases as each party may see them, for other modules' pages (a home page's waiting counts and
 * most urgent cases). Who sees a case: staff by the division path of its place; a department only
 * the cases it was summoned to; a resident only the cases they reported. Anything else is a 404.
 */
@Service
public class Cases {

    /**
     * Filters of a queue; null or empty means "any". {@code text} finds words of the title or
     * description, a case number, or (for those who may call the reporter back) a reporter's whole
     * phone number.
     */
    public record Filter(CaseStatus status, String category, String divisionPath, boolean openOnly, boolean overdueOnly,
                         String text) {

        public Filter {
            // A search is a few words, a number or a phone number; a longer text is cut, never refused.
            text = text == null ? "" : text.strip();
            text = text.length() > 50 ? text.substring(0, 50) : text;
        }

        public Filter(CaseStatus status, String category, String divisionPath, boolean openOnly, boolean overdueOnly) {
            this(status, category, divisionPath, openOnly, overdueOnly, "");
        }

        public static Filter open() {
            return new Filter(null, null, null, true, false);
        }
    }

    /** Open cases the user can see, and how many are past their limit. */
    public record Waiting(long open, long overdue) {
    }

    private final CaseReads reads;

    Cases(CaseReads reads) {
        this.reads = reads;
    }

    /** A queue: open cases first, nearest to (or furthest past) their limit first. */
    public List<CaseView> queue(CurrentUser user, Filter filter, int page, int size) {
        return reads.queue(user, filter, page, size);
    }

    /** How many cases the filter finds, counted up to 10,001. */
    public long count(CurrentUser user, Filter filter) {
        return reads.count(user, filter);
    }

    public Waiting waiting(CurrentUser user) {
        return reads.waiting(user);
    }

    public CaseView get(long id, CurrentUser user) {
        return reads.get(id, user);
    }
}
