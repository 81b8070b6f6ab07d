package org.linli.deliberation;

import java.util.List;

import org.linli.deliberation.topics.Topics;
import org.springframework.stereotype.Service;

/**
 * A committee's topics that a meeting may still pass, for modules that wait on a resolution (a
 * convention is adopted when its topic's {@link ResolutionPassed} arrives).
 */
@Service
public class CommitteeTopics {

    /** A topic as a choice: its id, title and status as the page names it. */
    public record TopicChoice(long id, String title, String status) {
    }

    private final Topics topics;

    CommitteeTopics(Topics topics) {
        this.topics = topics;
    }

    public List<TopicChoice> undecided(long committeeId) {
        return topics.undecided(committeeId).stream().map(t -> new TopicChoice(t.id(), t.title(), t.status().label())).toList();
    }
}
