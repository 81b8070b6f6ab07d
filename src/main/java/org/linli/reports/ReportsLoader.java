package org.linli.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.reports.forms.Approvals;
import org.linli.reports.forms.Filling;
import org.linli.reports.forms.FormEntry;
import org.linli.reports.forms.FormValue;
import org.linli.reports.forms.Forms;
import org.linli.reports.forms.ReportForm;
import org.linli.reports.forms.SendBack;
import org.linli.reports.forms.ValueLine;
import org.linli.reports.requests.Issuing;
import org.linli.reports.requests.RequestForm;
import org.linli.reports.templates.AdmissionForm;
import org.linli.reports.templates.FieldLine;
import org.linli.reports.templates.ReportTemplate;
import org.linli.reports.templates.TemplateAdmission;
import org.linli.reports.templates.TemplateEditing;
import org.linli.reports.templates.TemplateForm;
import org.linli.reports.templates.TemplateStatus;
import org.linli.reports.templates.Templates;
import org.linli.shared.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Set-up for the demo district through the module's own use cases (design, admission, request,
 * filling and approval), with what it needs to know to load only once.
 */
@Service
public class ReportsLoader {

    private final Templates templates;
    private final TemplateEditing editing;
    private final TemplateAdmission admission;
    private final Issuing issuing;
    private final Forms forms;
    private final Filling filling;
    private final Approvals approvals;

    ReportsLoader(Templates templates, TemplateEditing editing, TemplateAdmission admission, Issuing issuing, Forms forms,
                  Filling filling, Approvals approvals) {
        this.templates = templates;
        this.editing = editing;
        this.admission = admission;
        this.issuing = issuing;
        this.forms = forms;
        this.filling = filling;
        this.approvals = approvals;
    }

    /** The template of that name the department's staff member can read, if any. */
    public Optional<Long> template(String name, CurrentUser department) {
        return templates.visible(department).stream().filter(t -> t.name().equals(name)).map(ReportTemplate::id).findFirst();
    }

    public long design(String name, String purpose, boolean districtApproves, List<FieldSpec> fields, CurrentUser department) {
        List<FieldLine> lines = fields.stream().map(f -> new FieldLine(f.measureCode() == null ? FieldLine.TYPED : f.measureCode(),
                f.label(), f.unit(), f.heading())).toList();
        return editing.create(new TemplateForm(name, purpose, districtApproves, lines), department).id();
    }

    /** Applies for admission on the committees under {@code targetCode} for a year from {@code from}; returns the work item. */
    public long apply(long templateId, String basis, String targetCode, LocalDate from, BigDecimal funding, String fundingSource,
                      CurrentUser department) {
        return admission.apply(templateId, new AdmissionForm(basis, targetCode, from, from.plusYears(1).minusDays(1), funding,
                fundingSource), department);
    }

    public boolean admitted(long templateId) {
        return templates.find(templateId).map(t -> t.status() == TemplateStatus.ADMITTED).orElse(false);
    }

    public long issue(long templateId, LocalDate from, LocalDate to, LocalDate deadline, List<String> targetCodes,
                      CurrentUser department) {
        return issuing.issue(templateId, new RequestForm(from, to, deadline, targetCodes), department);
    }

    /** The forms of a request the user reads: id → committee path. */
    public java.util.Map<String, Long> forms(long requestId, CurrentUser user) {
        java.util.Map<String, Long> byCommittee = new java.util.TreeMap<>();
        forms.visible(user).stream().filter(f -> f.requestId() == requestId).forEach(f -> byCommittee.put(f.committeePath(), f.id()));
        return byCommittee;
    }

    /**
     * Submits a form as its committee: the computed figures confirmed, the typed ones given by
     * position ({@code typed}), one figure changed by {@code change} (never below 0) with its reason when
     * {@code correctAt} is not null.
     */
    public void submit(long formId, List<String> typed, Integer correctAt, int change, String reason, CurrentUser worker) {
        ReportForm form = forms.get(formId, worker);
        List<FormValue> values = forms.values(form);
        List<ValueLine> lines = new ArrayList<>();
        int t = 0;
        for (int i = 0; i < values.size(); i++) {
            FormValue v = values.get(i);
            String value = v.measured() ? v.computed().toPlainString() : typed.get(t++);
            boolean correct = correctAt != null && correctAt == i;
            String corrected = correct ? v.computed().add(BigDecimal.valueOf(change)).max(BigDecimal.ZERO).toPlainString() : value;
            lines.add(new ValueLine(v.fieldId(), corrected, correct && !corrected.equals(value) ? reason : null));
        }
        filling.submit(formId, new FormEntry(lines), worker);
    }

    public void approve(long formId, CurrentUser approver) {
        approvals.approve(formId, approver);
    }

    public void sendBack(long formId, String reason, CurrentUser approver) {
        approvals.sendBack(formId, new SendBack(reason), approver);
    }
}
