package org.linli.workforce.register;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;

/** A worker's new degree or social-work certificate (with the day it was obtained). */
public record QualificationForm(
        @NotNull(message = "{workforce.worker.degree.required}") Degree degree,
        @NotNull(message = "{workforce.qualification.certificate.required}") Certificate certificate,
        LocalDate certifiedOn) {
}
