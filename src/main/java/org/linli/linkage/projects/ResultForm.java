package org.linli.linkage.projects;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finished project's result (项目成效), posted on the committee's disclosure board. */
public record ResultForm(
        @NotBlank(message = "{linkage.project.result.required}") @Size(max = 2000, message = "{linkage.project.result.size}") String result,
        @NotNull(message = "{linkage.project.finished.required}") LocalDate finishedOn) {
}
