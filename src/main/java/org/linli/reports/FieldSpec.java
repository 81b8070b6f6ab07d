package org.linli.reports;

/**
 * A template's field for set-up ({@link ReportsLoader}): a measure's code, or null for a value the
 * committee types with its label and unit; the heading of the department's Excel column.
 */
public record FieldSpec(String measureCode, String label, String unit, String heading) {
}
