package org.linli.disclosure;

import org.linli.deliberation.Board;
import org.springframework.stereotype.Component;

/**
 * The committee's board as deliberation posts on it: a topic's resolution and the result of its
 * implementation go up at once under the committee's "major matters" item.
 */
@Component
class DeliberationBoard implements Board {

    private final Disclosures disclosures;

    DeliberationBoard(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public long post(long committeeId, long topicId, String heading, String text, String postedBy) {
        return disclosures.publishMajor(committeeId, heading, text, postedBy);
    }
}
