package org.linli.disclosure;

import java.time.LocalDate;

import org.linli.rules.RuleBook;
import org.springframework.stereotype.Component;

/**
 * What the rule book says a committee owes for a kind of matter on a day: its frequency, the
 * grace days after a period (for major matters, after a resolution), and the display days.
 */
@Component
class Terms {

    private final RuleBook book;

    Terms(RuleBook book) {
        this.book = book;
    }

    Frequency frequency(Kind kind, String path, LocalDate on) {
        return book.value(DisclosureRules.FREQUENCY, kind.name(), path, on);
    }

    /** Days after a period ends (for major matters, after the matter arose) within which it is posted. */
    int graceDays(Kind kind, String path, LocalDate on) {
        return kind == Kind.MAJOR ? majorGraceDays(path, on) : book.value(DisclosureRules.GRACE_DAYS, kind.name(), path, on);
    }

    int majorGraceDays(String path, LocalDate on) {
        return book.value(DisclosureRules.MAJOR_GRACE_DAYS, path, on);
    }

    int displayDays(Kind kind, String path, LocalDate on) {
        return book.value(DisclosureRules.DISPLAY_DAYS, kind.name(), path, on);
    }

    /** The item as in force on {@code on}. */
    Item item(Item.Entry entry, String path, LocalDate on) {
        Kind kind = entry.kind();
        return new Item(entry.id(), entry.committeeId(), entry.name(), kind, frequency(kind, path, on), graceDays(kind, path, on),
                displayDays(kind, path, on), entry.since());
    }
}
