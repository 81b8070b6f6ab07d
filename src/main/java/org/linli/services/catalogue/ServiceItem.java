package org.linli.services.catalogue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A service of a committee's catalogue: what, who provides it, where (a facility of the map, or in
 * words), hours, the documents to bring, and whether it is run as an errand within its own days.
 */
public record ServiceItem(long id, long committeeId, String committeePath, String title, String category, String description,
                          String provider, Long facilityId, String facilityName, String place, String hours, String documents,
                          boolean errand, Integer errandDays, LocalDate retiredOn) {

    /** The documents to bring, one per line as typed. */
    public List<String> documentList() {
        return documents == null ? List.of() : Arrays.stream(documents.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean retired() {
        return retiredOn != null;
    }
}
