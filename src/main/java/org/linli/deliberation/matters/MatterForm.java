package org.linli.deliberation.matters;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.linli.deliberation.meetings.MeetingKind;
import org.linli.deliberation.topics.Procedure;

/** An entry of the catalogue of matters as the street types it. */
public record MatterForm(@Size(min = 2, max = 60, message = "{deliberation.matter.name.size}") String name,
                         @NotNull(message = "{deliberation.matter.mandatory.required}") Boolean mandatory,
                         @NotNull(message = "{deliberation.matter.body.required}") MeetingKind body,
                         @NotNull(message = "{deliberation.matter.procedure.required}") Procedure procedure,
                         DisclosureKind disclosureKind,
                         @Size(min = 2, max = 200, message = "{deliberation.matter.disclosure-note.size}") String disclosureNote,
                         @Size(max = 100, message = "{deliberation.matter.basis.too-long}") String basis) {

    public MatterForm {
        name = name == null ? "" : name.strip();
        disclosureNote = disclosureNote == null ? "" : disclosureNote.strip();
        basis = basis == null ? "" : basis.strip();
    }

    /** The form filled from an entry, for editing it. */
    static MatterForm of(Matter m) {
        return new MatterForm(m.name(), m.mandatory(), m.body(), m.procedure(), m.disclosureKind(), m.disclosureNote(),
                m.basis());
    }
}
