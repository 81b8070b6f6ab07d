package org.linli.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes {@link ResidentChanged#BIRTHDAY} for every living resident whose birthday is a day not
 * yet published, up to today, so that what follows from an age (derived tags, age rules, visit
 * frequencies) is re-read for that resident alone. The first run starts at today; later runs catch
 * up the days the application was down. Someone born on 29 February is a year older on 1 March in
 * other years, as {@link java.time.Period} counts it.
 */
@Component
public class Birthdays {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Birthdays(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "${linli.zone:Asia/Shanghai}")
    @SchedulerLock(name = "registry-birthdays", lockAtMostFor = "PT30M")
    public void scheduled() {
        publishDue();
    }

    /** Publishes the birthdays of every day after the last published one up to today; returns how many. */
    @Transactional
    public int publishDue() {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = jdbc.sql("SELECT day FROM birthday_run FOR UPDATE").query(LocalDate.class).optional()
                .orElse(today.minusDays(1));
        int published = 0;
        for (LocalDate day = last.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            published += publish(day);
        }
        jdbc.sql("INSERT INTO birthday_run (id, day) VALUES (1, :today) ON CONFLICT (id) DO UPDATE SET day = :today")
                .param("today", today).update();
        return published;
    }

    private int publish(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        // 29 February births age on 1 March when the year has no 29 February.
        boolean leapLate = md.equals(MonthDay.of(3, 1)) && !day.isLeapYear();
        return jdbc.sql("""
                        SELECT id, household_id, division_path FROM resident
                        WHERE status = 'LIVING' AND birth_date < :day
                          AND ((extract(month FROM birth_date) = :m AND extract(day FROM birth_date) = :d)
                               OR (:leapLate AND extract(month FROM birth_date) = 2 AND extract(day FROM birth_date) = 29))
                        """)
                .param("day", day).param("m", md.getMonthValue()).param("d", md.getDayOfMonth()).param("leapLate", leapLate)
                .query((rs, n) -> {
                    events.publishEvent(new ResidentChanged(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            LivingStatus.LIVING, ResidentChanged.BIRTHDAY));
                    return 1;
                }).list().size();
    }
}
