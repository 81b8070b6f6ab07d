package org.linli.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.linli.casework.Channel;
import org.linli.casework.calendar.TimeLimit;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.rules.RuleBook;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;

/**
 * The case loop's limits from the rule book, for a case's division on the day they start: a
 * category's time limits, the web channel's acceptance limit, the rectification after a bad rating
 * and the cap on one extension; and when each ends on the working calendar.
 */
@Service
public class CaseLimits {

    /** A category's four limits in force at a division. */
    public record Limits(TimeLimit accept, TimeLimit checkin, TimeLimit report, TimeLimit finish) {

        /** The category's promise, as residents are told it: "2 个工作小时内受理，7 天内办结". */
        public String promise() {
            return accept.label() + "内受理，" + finish.label() + "内办结";
        }
    }

    private final RuleBook book;
    private final WorkCalendar calendar;

    CaseLimits(RuleBook book, WorkCalendar calendar) {
        this.book = book;
        this.calendar = calendar;
    }

    /** The category's limits at the division today. */
    public Limits today(String category, String divisionPath) {
        return new Limits(book.today(CaseRules.ACCEPT, category, divisionPath), book.today(CaseRules.CHECK_IN, category, divisionPath),
                book.today(CaseRules.REPORT, category, divisionPath), book.today(CaseRules.FINISH, category, divisionPath));
    }

    /** When a case opened at {@code now} must be accepted: its category's limit, and a web submission's if sooner. */
    public OffsetDateTime acceptDue(Channel channel, String category, String divisionPath, OffsetDateTime now) {
        LocalDate on = day(now);
        OffsetDateTime due = calendar.due(now, book.value(CaseRules.ACCEPT, category, divisionPath, on));
        if (channel == Channel.RESIDENT) {
            OffsetDateTime web = calendar.due(now, book.value(CaseRules.WEB_ACCEPT, divisionPath, on));
            return web.isBefore(due) ? web : due;
        }
        return due;
    }

    public OffsetDateTime finishDue(String category, String divisionPath, OffsetDateTime now) {
        return calendar.due(now, book.value(CaseRules.FINISH, category, divisionPath, day(now)));
    }

    public OffsetDateTime checkinDue(String category, String divisionPath, OffsetDateTime now) {
        return calendar.due(now, book.value(CaseRules.CHECK_IN, category, divisionPath, day(now)));
    }

    public OffsetDateTime reportDue(String category, String divisionPath, OffsetDateTime now) {
        return calendar.due(now, book.value(CaseRules.REPORT, category, divisionPath, day(now)));
    }

    /** The grid's limit for a case dispatched to it (or taken by its grid worker) at {@code now}: never after the case's own. */
    public OffsetDateTime gridDue(String category, String divisionPath, OffsetDateTime now, OffsetDateTime finishDue) {
        OffsetDateTime due = calendar.due(now, book.value(CaseRules.GRID, category, divisionPath, day(now)));
        return due.isAfter(finishDue) ? finishDue : due;
    }

    /** When a case reopened by a bad rating at {@code now} must be rectified. */
    public OffsetDateTime rectificationDue(String divisionPath, OffsetDateTime now) {
        return calendar.due(now, new TimeLimit(book.value(CaseRules.RECTIFICATION_DAYS, divisionPath, day(now)), TimeLimit.Unit.DAYS));
    }

    /** How much further one extension asked for on {@code on} may move a limit of a case at the division. */
    public TimeLimit extensionCap(String divisionPath, LocalDate on) {
        return new TimeLimit(book.value(CaseRules.EXTENSION_CAP, divisionPath, on), TimeLimit.Unit.WORKING_DAYS);
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(Times.zone()).toLocalDate();
    }
}
