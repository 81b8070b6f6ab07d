package org.linli.reports.templates;

import jakarta.validation.constraints.Size;

/**
 * One line of the template form: {@code source} is a measure's code, {@link #TYPED} for a value the
 * committee types, or empty for an unused line; label and unit are needed for a typed value only
 * (a measure brings its own), and the heading is the department's Excel column (the label when empty).
 */
public record FieldLine(
        String source,
        @Size(max = 60, message = "{reports.field.label.size}") String label,
        @Size(max = 16, message = "{reports.field.unit.size}") String unit,
        @Size(max = 60, message = "{reports.field.heading.size}") String heading) {

    public static final String TYPED = "TYPED";

    public static FieldLine empty() {
        return new FieldLine("", "", "", "");
    }

    public static FieldLine of(ReportField f) {
        return new FieldLine(f.measured() ? f.measureCode() : TYPED, f.label(), f.unit() == null ? "" : f.unit(),
                f.heading() == null ? "" : f.heading());
    }

    boolean unused() {
        return source == null || source.isBlank();
    }

    boolean typed() {
        return TYPED.equals(source);
    }
}
