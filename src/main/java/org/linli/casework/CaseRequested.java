package org.linli.casework;

/**
 * Another module asks the case loop to open a case (e.g. a topic referred at pre-review). Published
 * in the asker's transaction; the case loop opens the case after it commits, once only for the same
 * {@code requestKey}, and answers with {@link CaseOpened} carrying the same key.
 */
public record CaseRequested(String requestKey, long committeeId, String category, String title, String description,
                            String reporterName, String requestedBy) {
}
