package org.linli.workforce.pay;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A region's pay table as the district types it: from which day, the amount per year of service,
 * each post's 18 basic amounts (grade 1 first, separated by spaces or commas), each certificate's
 * allowance and grades, and the grades each degree is worth above 高中及以下.
 */
public record PayTableForm(
        @NotNull(message = "{workforce.pay-table.from.required}") LocalDate effectiveFrom,
        @NotNull(message = "{workforce.pay-table.number}") @Min(value = 0, message = "{workforce.pay-table.number}")
        @Max(value = 1000, message = "{workforce.pay-table.number}") Integer seniorityPerYear,
        @NotBlank(message = "{workforce.pay-table.basic.count}") String basicPrincipal,
        @NotBlank(message = "{workforce.pay-table.basic.count}") String basicDeputy,
        @NotBlank(message = "{workforce.pay-table.basic.count}") String basicMember,
        @NotNull(message = "{workforce.pay-table.number}") @Min(value = 0, message = "{workforce.pay-table.number}")
        @Max(value = 10000, message = "{workforce.pay-table.number}") Integer allowanceAssistant,
        @NotNull(message = "{workforce.pay-table.number}") @Min(value = 0, message = "{workforce.pay-table.number}")
        @Max(value = 10000, message = "{workforce.pay-table.number}") Integer allowanceSocialWorker,
        @NotNull(message = "{workforce.pay-table.number}") @Min(value = 0, message = "{workforce.pay-table.number}")
        @Max(value = 10000, message = "{workforce.pay-table.number}") Integer allowanceSenior,
        @NotNull(message = "{workforce.pay-table.grades}") @Min(value = 0, message = "{workforce.pay-table.grades}")
        @Max(value = 17, message = "{workforce.pay-table.grades}") Integer gradesAssistant,
        @NotNull(message = "{workforce.pay-table.grades}") @Min(value = 0, message = "{workforce.pay-table.grades}")
        @Max(value = 17, message = "{workforce.pay-table.grades}") Integer gradesSocialWorker,
        @NotNull(message = "{workforce.pay-table.grades}") @Min(value = 0, message = "{workforce.pay-table.grades}")
        @Max(value = 17, message = "{workforce.pay-table.grades}") Integer gradesSenior,
        @NotNull(message = "{workforce.pay-table.grades}") @Min(value = 0, message = "{workforce.pay-table.grades}")
        @Max(value = 17, message = "{workforce.pay-table.grades}") Integer gradesCollege,
        @NotNull(message = "{workforce.pay-table.grades}") @Min(value = 0, message = "{workforce.pay-table.grades}")
        @Max(value = 17, message = "{workforce.pay-table.grades}") Integer gradesBachelor,
        @NotNull(message = "{workforce.pay-table.grades}") @Min(value = 0, message = "{workforce.pay-table.grades}")
        @Max(value = 17, message = "{workforce.pay-table.grades}") Integer gradesMaster) {

    /** The form filled from a table (the one in force), for the district to start a new one from. */
    public static PayTableForm of(PayTable t, LocalDate from) {
        return new PayTableForm(from, t.seniorityPerYear(), line(t.basic().get(org.linli.workforce.Post.PRINCIPAL)),
                line(t.basic().get(org.linli.workforce.Post.DEPUTY)), line(t.basic().get(org.linli.workforce.Post.MEMBER)),
                t.allowance(org.linli.workforce.Certificate.ASSISTANT), t.allowance(org.linli.workforce.Certificate.SOCIAL_WORKER),
                t.allowance(org.linli.workforce.Certificate.SENIOR), grades(t, org.linli.workforce.Certificate.ASSISTANT),
                grades(t, org.linli.workforce.Certificate.SOCIAL_WORKER), grades(t, org.linli.workforce.Certificate.SENIOR),
                t.degrees().getOrDefault(org.linli.workforce.Degree.COLLEGE, 0),
                t.degrees().getOrDefault(org.linli.workforce.Degree.BACHELOR, 0),
                t.degrees().getOrDefault(org.linli.workforce.Degree.MASTER, 0));
    }

    public static PayTableForm empty(LocalDate from) {
        return new PayTableForm(from, null, "", "", "", null, null, null, null, null, null, null, null, null);
    }

    private static int grades(PayTable t, org.linli.workforce.Certificate c) {
        return t.steps().getOrDefault(c, new PayTable.Step(0, 0)).grades();
    }

    static String line(int[] amounts) {
        if (amounts == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int a : amounts) {
            s.append(s.isEmpty() ? "" : " ").append(a);
        }
        return s.toString();
    }
}
