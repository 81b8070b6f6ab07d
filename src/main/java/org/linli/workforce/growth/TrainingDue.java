package org.linli.workforce.growth;

import java.time.LocalDate;

import org.linli.workforce.Worker;

/**
 * When a worker's next training is due: the rule book's interval for their post after their last
 * course (or their start, before any).
 *
 * @param last the last course's day, or null
 */
public record TrainingDue(Worker worker, LocalDate last, int years, LocalDate due) {

    public boolean overdue(LocalDate today) {
        return due.isBefore(today);
    }

    public static LocalDate dueAfter(LocalDate last, LocalDate startedOn, int years) {
        return (last == null ? startedOn : last).plusYears(years);
    }
}
