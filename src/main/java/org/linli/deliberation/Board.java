package org.linli.deliberation;

/**
 * The committee's disclosure board (公开栏), on which a topic's resolution and the result of its
 * implementation are posted as the procedure's disclosure stages close. The disclosure module
 * implements it; deliberation names the board instead of depending on that module, which in turn
 * watches {@link ResolutionPassed} to see that every resolution is posted at once.
 */
public interface Board {

    /** Posts a matter of major interest on the committee's board now; returns the posting's id. */
    long post(long committeeId, long topicId, String heading, String text, String postedBy);
}
