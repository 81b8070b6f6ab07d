package org.linli.registry;

/** A committee's number of households as the registry now counts it, for the sizing rules. */
public record HouseholdsCounted(String committeePath, int households) {
}
