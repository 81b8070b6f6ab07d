package org.linli.workforce;

import java.time.LocalDate;
import java.time.Period;

/**
 * A community worker on the register of a committee or a street.
 *
 * @param accountId the account they sign in with, or null
 * @param leftOn    the day they left, or null while working
 */
public record Worker(long id, String divisionPath, String name, Long accountId, Post post, int grade, Degree degree,
                     Certificate certificate, LocalDate certifiedOn, LocalDate startedOn, LocalDate leftOn) {

    /** Full years of service on {@code day} (工龄): the anniversary itself counts the new year. */
    public int yearsOfService(LocalDate day) {
        return day.isBefore(startedOn) ? 0 : Period.between(startedOn, day).getYears();
    }

    public boolean working(LocalDate day) {
        return !startedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    public Worker withQualifications(int newGrade, Degree newDegree, Certificate newCertificate, LocalDate newCertifiedOn) {
        return new Worker(id, divisionPath, name, accountId, post, newGrade, newDegree, newCertificate, newCertifiedOn, startedOn, leftOn);
    }
}
