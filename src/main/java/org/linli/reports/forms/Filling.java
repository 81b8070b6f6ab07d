package org.linli.reports.forms;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee checks its pre-filled form: it confirms each computed figure or corrects it with a
 * reason (kept beside the computed one), types the typed fields, saves, and submits to the first
 * approval level. A submission after the deadline is late, and stays counted as such.
 */
@Service
public class Filling {

    private final FormStore store;
    private final Forms forms;
    private final Approvals approvals;
    private final AuditLog audit;
    private final Clock clock;

    Filling(FormStore store, Forms forms, Approvals approvals, AuditLog audit, Clock clock) {
        this.store = store;
        this.forms = forms;
        this.approvals = approvals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps the figures on a form the committee may still change. */
    @Transactional
    public ReportForm save(long id, FormEntry entry, CurrentUser user) {
        ReportForm form = editable(id, user);
        write(form, entry, false);
        return form;
    }

    /** Keeps the figures and submits the form: every field needs a figure. */
    @Transactional
    public ReportForm submit(long id, FormEntry entry, CurrentUser user) {
        ReportForm form = editable(id, user);
        write(form, entry, true);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean late = LocalDate.now(clock).isAfter(form.deadline());
        if (!store.submit(form.id(), now, late)) {
            throw Refusal.of("reports.form.not-open");
        }
        store.step(form.id(), "SUBMIT", 0, late ? "逾期提交" : null, now, user.displayName());
        audit.record("REPORT_FORM_SUBMIT", form.templateName(), form.committeePath(),
                "提交报表：%s（%s 至 %s）%s".formatted(form.templateName(), form.periodFrom(), form.periodTo(), late ? "，逾期" : ""));
        approvals.tellNextLevel(form, 0);
        return form;
    }

    private ReportForm editable(long id, CurrentUser user) {
        ReportForm form = forms.get(id, user);
        if (!Forms.fills(form, user)) {
            throw new NotFoundException("report form " + id);
        }
        if (!form.status().open()) {
            throw Refusal.of("reports.form.not-open");
        }
        return form;
    }

    /** Checks every line, on its own field so the page marks it, then stores them all. */
    private void write(ReportForm form, FormEntry entry, boolean submitting) {
        Map<Long, FormValue> fields = new HashMap<>();
        store.values(form.id()).forEach(v -> fields.put(v.fieldId(), v));
        List<ValueLine> lines = entry.lines();
        Map<Long, BigDecimal> values = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ValueLine line = lines.get(i);
            FormValue field = fields.get(line.fieldId());
            if (field == null) {
                throw new NotFoundException("report field " + line.fieldId());
            }
            BigDecimal value = number(line.value(), "values[" + i + "].value");
            if (value == null && submitting) {
                throw Refusal.ofField("values[" + i + "].value", "reports.form.value.required", field.label());
            }
            String reason = line.reason() == null || line.reason().isBlank() ? null : line.reason().strip();
            boolean corrected = field.computed() != null && (value == null || value.compareTo(field.computed()) != 0);
            if (corrected && reason == null) {
                throw Refusal.ofField("values[" + i + "].reason", "reports.form.reason.required", field.label(),
                        field.computed().toPlainString());
            }
            values.put(field.fieldId(), value);
            reasons.put(field.fieldId(), corrected ? reason : null);
        }
        if (submitting) {
            for (FormValue field : fields.values()) {
                if (!values.containsKey(field.fieldId()) && field.value() == null) {
                    throw Refusal.of("reports.form.value.required", field.label());
                }
            }
        }
        values.forEach((fieldId, value) -> store.saveValue(form.id(), fieldId, value, reasons.get(fieldId)));
    }

    private static BigDecimal number(String text, String at) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0) {
                throw Refusal.ofField(at, "reports.form.value.negative");
            }
            if (value.scale() > 2 || value.precision() - value.scale() > 12) {
                throw Refusal.ofField(at, "reports.form.value.number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw Refusal.ofField(at, "reports.form.value.number");
        }
    }
}
