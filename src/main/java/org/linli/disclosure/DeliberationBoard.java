package org.linli.disclosure;

import org.linli.deliberation.Board;
import org.springframework.stereotype.Component;

/**
 * The committee's board as deliberation posts on it: a topic's resolution and the result of its
 * implementation go up at once under the committee's major-matters item, naming the topic, which
 * settles the resolution the board owed.
 */
@Component
class DeliberationBoard implements Board {

    private final Postings postings;

    DeliberationBoard(Postings postings) {
        this.postings = postings;
    }

    @Override
    public long post(long committeeId, long topicId, String heading, String text, String postedBy) {
        return postings.postMajor(committeeId, topicId, heading, text, postedBy);
    }
}
