package org.linli.registry;

import java.time.LocalDate;
import java.time.Period;

import org.linli.shared.Masks;
import org.linli.shared.Sex;

/** A resident as lists and pages show them: identifiers masked. */
public record ResidentView(long id, long householdId, String divisionPath, String name, String idRegion, String idLast4,
                           LocalDate birthDate, Sex sex, String phoneFirst3, String phoneLast4, String ethnicity,
                           Registration registration, LivingStatus status, Relation relation, String address,
                           int version) {

    public String idMasked() {
        return Masks.idNumber(idRegion, idLast4);
    }

    /**
     * How the audit log names a resident: by name and record number, never by a masked number, which
     * beside the birth date kept in clear would narrow the whole number down in a copy of the database.
     */
    public String auditName() {
        return "居民 " + name + "（#" + id + "）";
    }

    public String phoneMasked() {
        return phoneLast4 == null ? "" : Masks.phone(phoneFirst3, phoneLast4);
    }

    /** Whole years on {@code today} (the district's calendar day, from the clock). */
    public int age(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }
}
