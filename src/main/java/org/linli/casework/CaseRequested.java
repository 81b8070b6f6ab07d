package org.linli.casework;

/**
 * Another module asks the case loop to open a case (e.g. a topic referred at pre-review). Published
 * in the asker's transaction; the case loop opens the case after it commits, through the same intake
 * as every channel (as a visit, 来访, entered by {@code requestedBy}, an account's username, at the
 * committee {@code committeeId}), once only for the same {@code requestKey} (8–64 letters, digits,
 * '_' or '-'; it is the case's submission key), and answers with {@link CaseOpened} carrying the same
 * key. A request the intake refuses (e.g. a description over 2,000 characters) opens nothing and is
 * logged; nothing answers it.
 */
public record CaseRequested(String requestKey, long committeeId, String category, String title, String description,
                            String reporterName, String requestedBy) {
}
