package org.linli.division;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A committee's service floor area (the sum of its service centres' floor areas) as the services
 * module measured it at {@code measuredAt}, after a service centre was registered, changed or
 * retired; the division module keeps it in the committee's profile for the sizing rules, so the
 * sizing page and the facility standards show one number. The type lives here for the same reason
 * as {@link HouseholdsCounted}'s.
 */
public record ServiceAreaMeasured(String committeePath, BigDecimal areaM2, Instant measuredAt) {
}
