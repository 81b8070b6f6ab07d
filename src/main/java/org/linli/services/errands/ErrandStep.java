package org.linli.services.errands;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One logged step of an errand, with the documents that changed hands at it (one per line). */
public record ErrandStep(long id, long errandId, String step, OffsetDateTime at, String actor, String note, String documents) {

    public java.time.LocalDateTime localAt() {
        return org.linli.shared.Times.local(at);
    }

    public List<String> documentList() {
        return documents == null ? List.of() : Arrays.stream(documents.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The step's name in the log: a status's step, or 提出 / 评价. */
    public String label() {
        return switch (step) {
            case "ASKED" -> "提出申请";
            case "RATED" -> "居民评价";
            default -> ErrandStatus.valueOf(step).step();
        };
    }
}
