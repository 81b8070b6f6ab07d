package org.linli.rules.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A district administrator sets a rule's value for a region of theirs (a division code: their own
 * region or a street in it), for a subject of the rule or the rule itself (subject ''), from a date
 * on, with the document it rests on (source) and a note.
 */
public record SetRuleValue(
        @NotBlank(message = "{rules.rule.required}") String rule,
        String subject,
        @NotBlank(message = "{rules.region.required}") String region,
        @NotBlank(message = "{rules.value.missing}") @Size(max = 100, message = "{rules.value.too-long}") String value,
        @NotNull(message = "{rules.effective-from.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveFrom,
        @Size(max = 100, message = "{rules.source.too-long}") String source,
        @Size(max = 200, message = "{rules.note.too-long}") String note) {

    public String subjectOrNone() {
        return subject == null ? "" : subject.strip();
    }

    public String sourceOrNone() {
        return source == null ? "" : source.strip();
    }

    public String noteOrNone() {
        return note == null ? "" : note.strip();
    }
}
