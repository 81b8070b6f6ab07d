package org.linli.deliberation.topics;

import jakarta.validation.constraints.Size;

/**
 * The committee's pre-review of a topic: the outcome, the reason the proposer sees, and what the
 * outcome needs — the topic to merge into, the case category to refer under, the entry of the
 * catalogue of matters to admit or decline under.
 */
public record ReviewTopic(TopicStatus outcome,
                          @Size(max = 500, message = "{deliberation.review.reason.too-long}") String reason,
                          Long mergeInto, String category, Long matter) {

    public ReviewTopic {
        reason = reason == null ? "" : reason.strip();
        category = category == null || category.isBlank() ? "OTHER" : category.strip();
    }
}
