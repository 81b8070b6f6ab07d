package org.linli.deliberation.meetings;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

/**
 * The hall's count per agenda item when the meeting closes: for, against and abstaining among
 * those signed in at the hall (the online ballots are added to it), by topic. The form names its
 * fields {@code hall[<topic>].votesFor}, {@code .against}, {@code .abstaining}; a field left empty
 * counts 0.
 */
public record CloseMeeting(Map<Long, @Valid Count> hall) {

    /** One item's count in the hall. */
    public record Count(@Min(value = 0, message = "{deliberation.close.count}") Integer votesFor,
                        @Min(value = 0, message = "{deliberation.close.count}") Integer against,
                        @Min(value = 0, message = "{deliberation.close.count}") Integer abstaining) {

        public Count {
            votesFor = votesFor == null ? 0 : votesFor;
            against = against == null ? 0 : against;
            abstaining = abstaining == null ? 0 : abstaining;
        }

        public long total() {
            return (long) votesFor + against + abstaining;
        }
    }

    public CloseMeeting {
        hall = hall == null ? Map.of() : Map.copyOf(hall);
    }

    /** The count typed for an item (nothing typed is 0 each). */
    public Count of(long topicId) {
        return hall.getOrDefault(topicId, new Count(0, 0, 0));
    }
}
