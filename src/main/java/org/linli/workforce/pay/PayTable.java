package org.linli.workforce.pay;

import java.time.LocalDate;
import java.util.Map;

import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Post;
import org.linli.workforce.Worker;

/**
 * A region's pay table (三岗十八级) from a date on: the monthly basic pay by post and grade (基本报酬),
 * the amount per full year of service (年限补贴), and for each certificate its monthly allowance
 * (职业津贴) and for each certificate and degree the grades it is worth above the start.
 *
 * @param basic    per post, the amounts of grades 1 to 18 (index 0 is grade 1)
 * @param steps    per certificate, allowance and grades
 * @param degrees  per degree, grades
 */
public record PayTable(long id, String regionPath, LocalDate effectiveFrom, int seniorityPerYear, Map<Post, int[]> basic,
                       Map<Certificate, Step> steps, Map<Degree, Integer> degrees) {

    public static final int GRADES = 18;

    /** What a certificate brings: a monthly allowance and grades above the start. */
    public record Step(int allowance, int grades) {
    }

    /** The basic pay of a post at a grade; a grade outside 1–18 is no grade of the scheme. */
    public int basic(Post post, int grade) {
        if (grade < 1 || grade > GRADES) {
            throw new IllegalArgumentException("grade " + grade + " is outside 1–" + GRADES);
        }
        return basic.get(post)[grade - 1];
    }

    public int allowance(Certificate certificate) {
        return steps.getOrDefault(certificate, new Step(0, 0)).allowance();
    }

    /** The grades a certificate is worth above the start. */
    public int grades(Certificate certificate) {
        return steps.getOrDefault(certificate, new Step(0, 0)).grades();
    }

    /**
     * The grade after a worker's degree or certificate changes: the difference between what the new
     * and the old qualifications are worth, added to the grade and kept within 1–18.
     */
    public int gradeAfter(Worker before, Degree degree, Certificate certificate) {
        int worth = grades(degree, certificate) - grades(before.degree(), before.certificate());
        return Math.max(1, Math.min(GRADES, before.grade() + worth));
    }

    private int grades(Degree degree, Certificate certificate) {
        return degrees.getOrDefault(degree, 0) + steps.getOrDefault(certificate, new Step(0, 0)).grades();
    }

    /** A worker's monthly pay on a day by this table. */
    public PayLine pay(Worker worker, LocalDate day) {
        int years = worker.yearsOfService(day);
        int basicPay = basic(worker.post(), worker.grade());
        int seniority = years * seniorityPerYear;
        int allowance = allowance(worker.certificate());
        return new PayLine(worker, day, id, basicPay, years, seniority, allowance, basicPay + seniority + allowance);
    }
}
