package org.linli.linkage;

import java.time.LocalDate;

/**
 * A community service project finished and its result was recorded. The result is a matter the
 * committee discloses, so the disclosure module posts it on the committee's board.
 */
public record ProjectFinished(long projectId, long committeeId, String committeePath, String title, String result,
                              LocalDate finishedOn, String recordedBy) {
}
