package org.linli.registry;

/**
 * A resident's record changed: enrolled, corrected, moved away, died. Modules that keep people
 * drawn from the registry (a roster of representatives, a meeting's roll) react to it. Published
 * in the transaction of the change, one per resident and change; {@code what} says what happened
 * in words a history can show: {@link #ENROLLED}, {@link #CORRECTED}, {@link #TAGGED},
 * {@link #BIRTHDAY}, or for a change of living status its label (已迁出, 已故, 在住), {@code status}
 * being the new one. Bulk loads of generated data publish none.
 */
public record ResidentChanged(long residentId, long householdId, String divisionPath, LivingStatus status, String what) {

    /** Enrolled through the form or imported for the first time. */
    public static final String ENROLLED = "登记";
    /** Name, ethnicity, registration, relation or phone corrected (by hand or by a re-import). */
    public static final String CORRECTED = "更正";
    /** A tag given or ended (the groups whose visits and benefits follow from it change). */
    public static final String TAGGED = "标签";
    /**
     * A birthday: the resident is a year older today, which moves derived age tags and age rules
     * (crossing 80). Published once a day for the residents born on this day of the year.
     */
    public static final String BIRTHDAY = "生日";
}
