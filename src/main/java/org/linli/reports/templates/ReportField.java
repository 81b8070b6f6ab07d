package org.linli.reports.templates;

/**
 * A field of a template, in order: a measure of the shared catalogue ({@code measureCode}) or a
 * value the committee types ({@code measureCode} null); {@code heading} is the column heading of
 * the department's own Excel layout.
 */
public record ReportField(long id, int position, String label, String unit, String measureCode, String heading) {

    public boolean measured() {
        return measureCode != null;
    }

    /** The heading of the department's layout, the label when none was given. */
    public String columnHeading() {
        return heading == null || heading.isBlank() ? label : heading;
    }
}
