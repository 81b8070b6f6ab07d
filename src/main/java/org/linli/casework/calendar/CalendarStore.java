package org.linli.casework.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the working calendar: the periods of a working day and the days that differ from the week's rule. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkCalendar.Day> days(int year) {
        return jdbc.sql("SELECT day, working, name FROM work_calendar_day WHERE extract(year FROM day) = :y ORDER BY day")
                .param("y", year).query(WorkCalendar.Day.class).list();
    }

    void putDay(LocalDate day, boolean working, String name) {
        jdbc.sql("""
                        INSERT INTO work_calendar_day (day, working, name) VALUES (:d, :w, :n)
                        ON CONFLICT (day) DO UPDATE SET working = excluded.working, name = excluded.name""")
                .param("d", day).param("w", working).param("n", name).update();
    }

    void removeDay(LocalDate day) {
        jdbc.sql("DELETE FROM work_calendar_day WHERE day = :d").param("d", day).update();
    }

    void replacePeriods(List<WorkingTime.Period> periods) {
        jdbc.sql("DELETE FROM work_period").update();
        for (WorkingTime.Period p : periods) {
            jdbc.sql("INSERT INTO work_period (starts, ends) VALUES (:s, :e)").param("s", p.starts()).param("e", p.ends()).update();
        }
    }

    List<WorkingTime.Period> periods() {
        return jdbc.sql("SELECT starts, ends FROM work_period ORDER BY starts")
                .query((rs, i) -> new WorkingTime.Period(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class)))
                .list();
    }

    Map<LocalDate, Boolean> exceptions() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql("SELECT day, working FROM work_calendar_day")
                .query((rs, i) -> exceptions.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2))).list();
        return exceptions;
    }
}
