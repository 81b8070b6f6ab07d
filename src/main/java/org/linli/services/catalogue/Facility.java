package org.linli.services.catalogue;

import java.time.LocalDate;

/** A facility of a committee with its point (WGS-84). */
public record Facility(long id, long committeeId, String committeePath, FacilityKind kind, String name, String address,
                       String hours, double latitude, double longitude, LocalDate retiredOn) {

    public String kindLabel() {
        return kind.label();
    }

    public boolean retired() {
        return retiredOn != null;
    }
}
