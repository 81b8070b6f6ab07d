package org.linli.registry;

/**
 * A resident's record changed: enrolled, corrected, moved away, died. Modules that keep people
 * drawn from the registry (a roster of representatives, a meeting's roll) react to it.
 */
public record ResidentChanged(long residentId, long householdId, String divisionPath, LivingStatus status, String what) {
}
