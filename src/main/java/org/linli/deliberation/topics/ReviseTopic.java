package org.linli.deliberation.topics;

import jakarta.validation.constraints.Size;

/** A returned topic as its proposer revised it. */
public record ReviseTopic(@Size(min = 4, max = 100, message = "{deliberation.topic.revision.size}") String title,
                          @Size(min = 10, max = 5000, message = "{deliberation.topic.revision.size}") String body) {

    public ReviseTopic {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
    }
}
