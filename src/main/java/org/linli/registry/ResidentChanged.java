package org.linli.registry;

/**
 * A resident's record changed: enrolled, corrected, moved away, died. Modules that keep people
 * drawn from the registry (a roster of representatives, a meeting's roll) react to it. Published
 * in the transaction of the change, one per resident and change; {@code what} is one of the
 * constants below. Bulk loads of generated data publish none.
 */
public record ResidentChanged(long residentId, long householdId, String divisionPath, LivingStatus status, String what) {

    /** Enrolled through the form or imported for the first time. */
    public static final String ENROLLED = "ENROLLED";
    /** Name, ethnicity, registration, relation or phone corrected (by hand or by a re-import). */
    public static final String CORRECTED = "CORRECTED";
    /** Living status changed: moved away, died, or back; {@code status} says which. */
    public static final String STATUS = "STATUS";
}
