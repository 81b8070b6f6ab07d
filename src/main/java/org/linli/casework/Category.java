package org.linli.casework;

import org.linli.casework.calendar.TimeLimit;

/**
 * A kind of case in the maintained catalogue, with its time limits (to accept, for a summoned
 * department to check in and to report back, to finish), whether passing a limit escalates the
 * case by itself, and the department a street usually summons for it.
 */
public record Category(String code, String name, TimeLimit acceptLimit, TimeLimit checkinLimit, TimeLimit reportLimit,
                       TimeLimit finishLimit, boolean autoEscalate, String defaultDepartment, boolean active) {
}
