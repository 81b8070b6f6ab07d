package org.linli.emergency.preparedness;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.shared.Times;

/** One saved version of a committee's plan, with its sections in order. */
public record Plan(long id, CommunityType communityType, int version, String savedBy, OffsetDateTime savedAt,
                   List<PlanSection> sections) {

    public LocalDateTime localSavedAt() {
        return Times.local(savedAt);
    }

    /** A version without its sections, for the list of versions. */
    public record Version(long id, CommunityType communityType, int version, String savedBy, OffsetDateTime savedAt) {

        public LocalDateTime localSavedAt() {
            return Times.local(savedAt);
        }
    }

    /** A section as filled. */
    public record PlanSection(String title, String body) {
    }
}
