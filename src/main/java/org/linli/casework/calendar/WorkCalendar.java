package org.linli.casework.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private volatile WorkingTime current;

    WorkCalendar(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public WorkingTime workingTime() {
        WorkingTime w = current;
        if (w == null) {
            w = load();
            current = w;
        }
        return w;
    }

    public OffsetDateTime due(OffsetDateTime start, TimeLimit limit) {
        return workingTime().due(start, limit);
    }

    public List<Day> days(int year) {
        return jdbc.sql("SELECT day, working, name FROM work_calendar_day WHERE extract(year FROM day) = :y ORDER BY day")
                .param("y", year).query(Day.class).list();
    }

    public List<WorkingTime.Period> periods() {
        return workingTime().periods();
    }

    /** Adds or replaces a day that differs from the week's rule; the reason in Chinese otherwise. */
    @Transactional
    public void putDay(LocalDate day, boolean working, String name) {
        String text = name == null ? "" : name.strip();
        if (day == null) {
            throw new IllegalArgumentException("请选择日期");
        }
        if (text.isEmpty() || text.length() > 30) {
            throw new IllegalArgumentException("请填写名称（不超过 30 个字），如“春节”或“春节调休上班”");
        }
        jdbc.sql("""
                        INSERT INTO work_calendar_day (day, working, name) VALUES (:d, :w, :n)
                        ON CONFLICT (day) DO UPDATE SET working = excluded.working, name = excluded.name""")
                .param("d", day).param("w", working).param("n", text).update();
        audit.record("CALENDAR_DAY", day + " " + text, "/", working ? "上班" : "放假");
        current = null;
    }

    @Transactional
    public void removeDay(LocalDate day) {
        jdbc.sql("DELETE FROM work_calendar_day WHERE day = :d").param("d", day).update();
        audit.record("CALENDAR_DAY", day + " 恢复为按星期", "/", null);
        current = null;
    }

    /** Replaces the working periods of a day, e.g. 08:30–12:00 and 13:30–17:30. */
    @Transactional
    public void setPeriods(List<WorkingTime.Period> periods) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("至少需要一个工作时段");
        }
        List<WorkingTime.Period> sorted = periods.stream().sorted(java.util.Comparator.comparing(WorkingTime.Period::starts)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            WorkingTime.Period p = sorted.get(i);
            if (!p.ends().isAfter(p.starts())) {
                throw new IllegalArgumentException("时段 " + p.starts() + "–" + p.ends() + " 的结束时间应晚于开始时间");
            }
            if (i > 0 && p.starts().isBefore(sorted.get(i - 1).ends())) {
                throw new IllegalArgumentException("时段 " + p.starts() + "–" + p.ends() + " 与前一时段重叠");
            }
        }
        jdbc.sql("DELETE FROM work_period").update();
        for (WorkingTime.Period p : sorted) {
            jdbc.sql("INSERT INTO work_period (starts, ends) VALUES (:s, :e)").param("s", p.starts()).param("e", p.ends()).update();
        }
        audit.record("CALENDAR_HOURS", sorted.stream().map(p -> p.starts() + "–" + p.ends()).toList().toString(), "/", null);
        current = null;
    }

    private WorkingTime load() {
        List<WorkingTime.Period> periods = jdbc.sql("SELECT starts, ends FROM work_period ORDER BY starts")
                .query((rs, i) -> new WorkingTime.Period(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class)))
                .list();
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql("SELECT day, working FROM work_calendar_day")
                .query((rs, i) -> exceptions.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2))).list();
        return new WorkingTime(periods, exceptions, Times.zone());
    }
}
