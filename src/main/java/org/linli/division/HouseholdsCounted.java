package org.linli.division;

import java.time.Instant;

/**
 * A committee's number of open households as the registry counted it at {@code countedAt}; the
 * division module keeps it in the committee's profile for the sizing rules. The registry
 * publishes it, but the type lives here: the registry already depends on the division module,
 * and a listener on a registry type would close a cycle. Counts are kept newest first, since
 * listeners run concurrently and may see them out of order.
 */
public record HouseholdsCounted(String committeePath, int households, Instant countedAt) {
}
