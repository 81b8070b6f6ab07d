package org.linli.reports.requests;

import java.math.BigDecimal;
import java.util.List;

import org.linli.reports.templates.ReportField;

/**
 * A request's consolidated table as the reader may see it: one row per committee, grouped by
 * street with subtotals, and the total; columns the template's fields in order. Totals add the
 * approved forms only, the figures the department may rely on.
 */
public record ConsolidatedTable(ReportRequest request, List<ReportField> fields, List<Street> streets, List<BigDecimal> total,
                                Counts counts) {

    /** A street's committees and their subtotal. */
    public record Street(String path, String name, List<Row> rows, List<BigDecimal> subtotal) {

        /** The street's code, the last of its path. */
        public String code() {
            String trimmed = path.substring(0, path.length() - 1);
            return trimmed.substring(trimmed.lastIndexOf('/') + 1);
        }
    }

    /** A committee's form as it stands. */
    public record Row(long formId, String committeePath, String committeeName, String status, int level, int returnedCount,
                      boolean late, List<Cell> cells) {

        public String statusLabel() {
            return org.linli.reports.forms.FormStatus.valueOf(status).label();
        }

        public boolean approved() {
            return "APPROVED".equals(status);
        }

        /** A form not yet submitted (or sent back) shows no figures: they are still the committee's draft. */
        public boolean shown() {
            return "SUBMITTED".equals(status) || "APPROVED".equals(status);
        }
    }

    /** A submitted value beside the computed one; a correction carries its reason. */
    public record Cell(BigDecimal value, BigDecimal computed, String reason) {

        public boolean corrected() {
            return computed != null && (value == null || value.compareTo(computed) != 0);
        }
    }

    /** How the forms stand: all, submitted (waiting or approved), approved, late, sent back at least once. */
    public record Counts(int forms, int submitted, int approved, int late, int returned) {
    }
}
