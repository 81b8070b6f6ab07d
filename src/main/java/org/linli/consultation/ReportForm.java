package org.linli.consultation;

import jakarta.validation.constraints.Size;

/** The feedback report's optional note, e.g. how the draft was changed. */
public record ReportForm(@Size(max = 2000, message = "{consultation.report.note-too-long}") String note) {

    public ReportForm {
        note = note == null ? "" : note.strip();
    }
}
