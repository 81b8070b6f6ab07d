package org.linli.reports.forms;

import java.math.BigDecimal;

/** A field's value on a form: computed from the measures (null for a typed field), what the committee gives, and why it differs. */
public record FormValue(long fieldId, int position, String label, String unit, String measureCode, BigDecimal computed,
                        BigDecimal value, String reason) {

    public boolean measured() {
        return measureCode != null;
    }

    /** The committee gave another figure than the measure's. */
    public boolean corrected() {
        return computed != null && (value == null || value.compareTo(computed) != 0);
    }
}
