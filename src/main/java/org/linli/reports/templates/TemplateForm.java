package org.linli.reports.templates;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a department types to design a template: its name and purpose, whether the district approves
 * after the street, and its fields in order (unused lines are left out).
 */
public record TemplateForm(
        @NotBlank(message = "{reports.template.name.required}") @Size(max = 100, message = "{reports.template.name.size}") String name,
        @Size(max = 400, message = "{reports.template.purpose.size}") String purpose,
        Boolean districtApproves,
        List<@Valid FieldLine> fields) {

    /** Lines shown beyond the fields, so a department can add some at each save. */
    public static final int SPARE_LINES = 3;

    public static TemplateForm empty() {
        return new TemplateForm("", "", false, List.of()).withSpareLines();
    }

    public static TemplateForm of(ReportTemplate t) {
        return new TemplateForm(t.name(), t.purpose() == null ? "" : t.purpose(), t.twoLevels(),
                t.fields().stream().map(FieldLine::of).toList()).withSpareLines();
    }

    /** An unticked box is not posted: no is the answer then. */
    public boolean twoLevels() {
        return Boolean.TRUE.equals(districtApproves);
    }

    public List<FieldLine> lines() {
        return fields == null ? List.of() : fields;
    }

    public TemplateForm withSpareLines() {
        List<FieldLine> lines = new ArrayList<>(lines());
        for (int i = 0; i < SPARE_LINES; i++) {
            lines.add(FieldLine.empty());
        }
        return new TemplateForm(name, purpose, districtApproves, lines);
    }
}
