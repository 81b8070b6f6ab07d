package org.linli.deliberation;

import java.time.LocalDate;

/**
 * A meeting passed a resolution on a topic. A resolution is a matter of major interest that the
 * committee must disclose at once (村民委员会组织法 art. 30); the disclosure module watches that it is.
 */
public record ResolutionPassed(long topicId, long committeeId, String committeePath, String title, LocalDate decidedOn) {
}
