package org.linli.reports.templates;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.reports.measures.MeasureCatalogue;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.measures.Measure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department designs its templates: fields from the shared catalogue of measures or typed by the
 * committees, each with its column heading. A template changes only while a draft or after a
 * refusal, so an admitted template is the one the reviewers saw.
 */
@Service
public class TemplateEditing {

    private final TemplateStore store;
    private final Templates templates;
    private final Departments departments;
    private final MeasureCatalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    TemplateEditing(TemplateStore store, Templates templates, Departments departments, MeasureCatalogue catalogue,
                    AuditLog audit, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.departments = departments;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReportTemplate create(TemplateForm form, CurrentUser user) {
        Department department = departments.of(user).orElseThrow(() -> new NotFoundException("department of " + user.username()));
        List<ReportField> fields = fields(form);
        long id = store.insert(department.id(), department.divisionPath(), form.name().strip(), blank(form.purpose()),
                levels(form), OffsetDateTime.now(clock), user.username());
        store.replaceFields(id, fields);
        audit.record("REPORT_TEMPLATE_SAVE", form.name().strip(), department.divisionPath(),
                "新建报表模板：%s（%d 项）".formatted(form.name().strip(), fields.size()));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public ReportTemplate update(long id, TemplateForm form, CurrentUser user) {
        ReportTemplate template = templates.own(id, user);
        if (!template.status().editable()) {
            throw Refusal.of("reports.template.not-editable", template.status().label());
        }
        List<ReportField> fields = fields(form);
        if (!store.update(id, form.name().strip(), blank(form.purpose()), levels(form))) {
            throw Refusal.of("reports.template.not-editable", template.status().label());
        }
        store.replaceFields(id, fields);
        audit.record("REPORT_TEMPLATE_SAVE", form.name().strip(), template.regionPath(),
                "修改报表模板：%s（%d 项）".formatted(form.name().strip(), fields.size()));
        return store.find(id).orElseThrow();
    }

    /** The form's used lines as fields, each checked on its own line so the page marks it. */
    private List<ReportField> fields(TemplateForm form) {
        List<ReportField> fields = new ArrayList<>();
        Set<String> measures = new HashSet<>();
        List<FieldLine> lines = form.lines();
        for (int i = 0; i < lines.size(); i++) {
            FieldLine line = lines.get(i);
            if (line.unused()) {
                continue;
            }
            String at = "fields[" + i + "]";
            String heading = blank(line.heading());
            if (line.typed()) {
                if (blank(line.label()) == null) {
                    throw Refusal.ofField(at + ".label", "reports.field.label.required");
                }
                fields.add(new ReportField(0, fields.size() + 1, line.label().strip(), blank(line.unit()), null, heading));
                continue;
            }
            Measure measure = catalogue.get(line.source())
                    .orElseThrow(() -> Refusal.ofField(at + ".source", "reports.field.measure.unknown", line.source()));
            if (!measures.add(measure.code())) {
                throw Refusal.ofField(at + ".source", "reports.field.measure.twice", measure.label());
            }
            String label = blank(line.label()) == null ? measure.label() : line.label().strip();
            fields.add(new ReportField(0, fields.size() + 1, label, measure.unit(), measure.code(), heading));
        }
        if (fields.isEmpty()) {
            throw Refusal.ofField("fields[0].source", "reports.template.fields.required");
        }
        return fields;
    }

    private static String levels(TemplateForm form) {
        return form.twoLevels() ? "STREET,DISTRICT" : "STREET";
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
