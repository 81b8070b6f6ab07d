package org.linli.deliberation.topics;

import jakarta.validation.constraints.Size;

/**
 * A topic proposed to the user's committee. Residents propose online under their own name; staff
 * enter topics from a talk or a hearing and may name the proposer.
 */
public record ProposeTopic(@Size(min = 4, max = 100, message = "{deliberation.topic.title.size}") String title,
                           @Size(min = 10, max = 5000, message = "{deliberation.topic.body.size}") String body,
                           Source source,
                           @Size(max = 50, message = "{deliberation.topic.proposer.too-long}") String proposer) {

    public ProposeTopic {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
        proposer = proposer == null ? "" : proposer.strip();
    }
}
