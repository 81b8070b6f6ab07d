package org.linli.deliberation.matters;

import java.time.OffsetDateTime;

import org.linli.deliberation.meetings.MeetingKind;
import org.linli.deliberation.topics.Procedure;

/** One kind of matter in a committee's catalogue: whether it must be deliberated, who decides, how, and what is disclosed. */
public record Matter(long id, long committeeId, String divisionPath, String name, boolean mandatory, MeetingKind body,
                     Procedure procedure, DisclosureKind disclosureKind, String disclosureNote, String basis, boolean active,
                     String updatedBy, OffsetDateTime updatedAt) {

    public String mandatoryLabel() {
        return mandatory ? "必须协商" : "可以协商";
    }

    /** Whether a meeting of this kind may decide a topic admitted under this entry. */
    public boolean decidableBy(MeetingKind kind) {
        return body.deciders().contains(kind);
    }

    /** The meetings that may decide it, in words: 居民代表会议或居民会议. */
    public String deciderLabels() {
        return String.join("或", body.deciders().stream().map(MeetingKind::label).toList());
    }
}
