package org.linli.registry.rules;

import java.time.LocalDate;

/** A resident as rules read them: the fields the language exposes, none of them nullable. */
record Person(long id, long householdId, String divisionPath, LocalDate birthDate, String sex, String registration,
              String relation, String status) {

    static final String COLUMNS = "r.id, r.household_id, r.division_path, r.birth_date, r.sex, r.registration, r.relation, r.status";

    boolean living() {
        return "LIVING".equals(status);
    }

    /** The sex as rules write it. */
    String sexLabel() {
        return "MALE".equals(sex) ? "男" : "女";
    }
}
