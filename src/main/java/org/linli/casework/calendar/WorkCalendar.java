package org.linli.casework.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.shared.Refusal;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working calendar kept in the database (working periods, public holidays, adjusted working
 * weekends); loaded once and reloaded whenever it is edited.
 */
@Service
public class WorkCalendar {

    public record Day(LocalDate day, boolean working, String name) {
    }

    private final CalendarStore store;
    private final AuditLog audit;
    private volatile WorkingTime current;

    WorkCalendar(CalendarStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public WorkingTime workingTime() {
        WorkingTime w = current;
        if (w == null) {
            w = new WorkingTime(store.periods(), store.exceptions(), Times.zone());
            current = w;
        }
        return w;
    }

    public OffsetDateTime due(OffsetDateTime start, TimeLimit limit) {
        return workingTime().due(start, limit);
    }

    public List<Day> days(int year) {
        return store.days(year);
    }

    public List<WorkingTime.Period> periods() {
        return workingTime().periods();
    }

    /** Adds or replaces a day that differs from the week's rule; returns the day. */
    @Transactional
    public LocalDate putDay(DayForm form) {
        if (form.day().isEmpty()) {
            throw Refusal.ofField("day", "casework.calendar.day-required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(form.day());
        } catch (DateTimeParseException e) {
            throw Refusal.ofField("day", "casework.calendar.day-format");
        }
        store.putDay(day, form.working(), form.name());
        audit.record("CALENDAR_DAY", day + " " + form.name(), "/", form.working() ? "上班" : "放假");
        current = null;
        return day;
    }

    @Transactional
    public void removeDay(LocalDate day) {
        store.removeDay(day);
        audit.record("CALENDAR_DAY", day + " 恢复为按星期", "/", null);
        current = null;
    }

    /** Replaces the working periods of a day, e.g. 08:30–12:00 and 13:30–17:30. */
    @Transactional
    public void setPeriods(PeriodsForm form) {
        List<WorkingTime.Period> periods = new ArrayList<>();
        for (int i = 0; i < Math.min(form.starts().size(), form.ends().size()); i++) {
            String starts = form.starts().get(i).strip();
            String ends = form.ends().get(i).strip();
            if (starts.isEmpty() && ends.isEmpty()) {
                continue;
            }
            try {
                periods.add(new WorkingTime.Period(LocalTime.parse(starts), LocalTime.parse(ends)));
            } catch (DateTimeParseException e) {
                throw Refusal.of("casework.calendar.time-format");
            }
        }
        if (periods.isEmpty()) {
            throw Refusal.of("casework.calendar.periods-required");
        }
        List<WorkingTime.Period> sorted = periods.stream().sorted(Comparator.comparing(WorkingTime.Period::starts)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            WorkingTime.Period p = sorted.get(i);
            if (!p.ends().isAfter(p.starts())) {
                throw Refusal.of("casework.calendar.period-ends-first", p.starts(), p.ends());
            }
            if (i > 0 && p.starts().isBefore(sorted.get(i - 1).ends())) {
                throw Refusal.of("casework.calendar.period-overlaps", p.starts(), p.ends());
            }
        }
        store.replacePeriods(sorted);
        audit.record("CALENDAR_HOURS", sorted.stream().map(p -> p.starts() + "–" + p.ends()).toList().toString(), "/", null);
        current = null;
    }
}
