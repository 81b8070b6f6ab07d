package org.linli.registry;

/**
 * A resident's record changed: enrolled, corrected, moved away, died. Modules that keep people
 * drawn from the registry (a roster of representatives, a meeting's roll) react to it. Published
 * in the transaction of the change, one per resident and change; {@code what} says what happened
 * in words a history can show: {@link #ENROLLED}, {@link #CORRECTED}, or for a change of living
 * status its label (已迁出, 已故, 在住), {@code status} being the new one. Bulk loads of generated
 * data publish none.
 */
public record ResidentChanged(long residentId, long householdId, String divisionPath, LivingStatus status, String what) {

    /** Enrolled through the form or imported for the first time. */
    public static final String ENROLLED = "登记";
    /** Name, ethnicity, registration, relation or phone corrected (by hand or by a re-import). */
    public static final String CORRECTED = "更正";
}
