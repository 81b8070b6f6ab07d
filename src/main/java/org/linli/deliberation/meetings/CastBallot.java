package org.linli.deliberation.meetings;

import jakarta.validation.constraints.NotNull;

/** A resident's online ballot on one item of a meeting's agenda. */
public record CastBallot(@NotNull(message = "{deliberation.ballot.topic}") Long topic,
                         @NotNull(message = "{deliberation.ballot.choice}") Choice choice) {
}
