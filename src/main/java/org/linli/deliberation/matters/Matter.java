package org.linli.deliberation.matters;

import java.time.OffsetDateTime;

import org.linli.deliberation.MeetingKind;
import org.linli.deliberation.Procedure;

/** One kind of matter in a committee's catalogue: whether it must be deliberated, who decides, how, and what is disclosed. */
public record Matter(long id, long committeeId, String divisionPath, String name, boolean mandatory, MeetingKind body,
                     Procedure procedure, DisclosureKind disclosureKind, String disclosureNote, String basis, boolean active,
                     String updatedBy, OffsetDateTime updatedAt) {

    public String mandatoryLabel() {
        return mandatory ? "必须协商" : "可以协商";
    }

    /** Why a meeting of this kind may not decide a topic admitted under this entry, or null when it may. */
    public String refusal(MeetingKind kind) {
        if (body.deciders().contains(kind)) {
            return null;
        }
        return "按议事协商事项目录，“" + name + "”须由" + String.join("或", body.deciders().stream().map(MeetingKind::label).toList())
                + "决定，不能由" + kind.label() + "表决";
    }
}
