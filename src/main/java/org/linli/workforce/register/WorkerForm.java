package org.linli.workforce.register;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Post;

/**
 * A worker entered on the register by the street or the district.
 *
 * @param place    the committee or street (code or name, as the place picker sends it)
 * @param username the account they sign in with, or blank
 */
public record WorkerForm(
        @NotBlank(message = "{workforce.worker.name.required}") @Size(max = 50, message = "{workforce.worker.name.size}") String name,
        @NotBlank(message = "{workforce.worker.place.required}") String place,
        String username,
        @NotNull(message = "{workforce.worker.post.required}") Post post,
        @NotNull(message = "{workforce.worker.grade.range}") @Min(value = 1, message = "{workforce.worker.grade.range}")
        @Max(value = 18, message = "{workforce.worker.grade.range}") Integer grade,
        @NotNull(message = "{workforce.worker.degree.required}") Degree degree,
        Certificate certificate,
        LocalDate certifiedOn,
        @NotNull(message = "{workforce.worker.started.required}") LocalDate startedOn) {

    public static WorkerForm empty() {
        return new WorkerForm("", "", "", Post.MEMBER, 1, Degree.BACHELOR, Certificate.NONE, null, null);
    }

    public Certificate certificateOrNone() {
        return certificate == null ? Certificate.NONE : certificate;
    }
}
