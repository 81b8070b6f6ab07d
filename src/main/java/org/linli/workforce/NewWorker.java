package org.linli.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A worker as a loader enters them (the demo district): the register's fields, the courses attended
 * and last year's appraisal result (优秀, 称职, 基本称职 or 不称职; null for none).
 *
 * @param placeCode the committee's or street's code
 * @param username  the account they sign in with, or null
 */
public record NewWorker(String placeCode, String name, String username, Post post, int grade, Degree degree, Certificate certificate,
                        LocalDate certifiedOn, LocalDate startedOn, List<Course> courses, String appraisal) {

    /** A course attended. */
    public record Course(LocalDate heldOn, String title, BigDecimal hours, String organiser) {
    }
}
