package org.linli.services.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A facility of a committee (or of a street: the street's own centre, the township nursing home)
 * with its point (WGS-84), its floor area and the part of it for residents' services, and its
 * places (for a nursing home, the nursing-type beds among them). The numbers are empty until typed.
 */
public record Facility(long id, long committeeId, String committeePath, FacilityKind kind, String name, String address,
                       String hours, double latitude, double longitude, LocalDate retiredOn, BigDecimal floorAreaM2,
                       BigDecimal serviceAreaM2, Integer places, Integer nursingPlaces) {

    public String kindLabel() {
        return kind.label();
    }

    public boolean retired() {
        return retiredOn != null;
    }

    /** "620 m²（居民服务 520 m²）· 床位 120（护理型 30）", or empty when nothing is typed. */
    public String sizeText() {
        StringBuilder text = new StringBuilder();
        if (floorAreaM2 != null) {
            text.append(floorAreaM2.stripTrailingZeros().toPlainString()).append(" m²");
            if (serviceAreaM2 != null) {
                text.append("（居民服务 ").append(serviceAreaM2.stripTrailingZeros().toPlainString()).append(" m²）");
            }
        }
        if (places != null) {
            text.append(text.isEmpty() ? "" : " · ").append(kind.placesLabel().isEmpty() ? "位" : kind.placesLabel()).append(' ')
                    .append(places);
            if (nursingPlaces != null) {
                text.append("（护理型 ").append(nursingPlaces).append("）");
            }
        }
        return text.toString();
    }
}
