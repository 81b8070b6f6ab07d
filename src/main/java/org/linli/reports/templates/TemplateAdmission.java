package org.linli.reports.templates;

import java.util.List;
import java.util.stream.Collectors;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.workitems.Admissions;
import org.linli.workitems.WorkItemApplication;
import org.linli.workitems.WorkItemKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A template is work placed on committees, so it is admitted like any (准入): the department applies
 * through the work-items module with the template as the content, the template waits (PENDING) and
 * follows the reviewers' decision, told by {@code WorkItemDecided} with the template's reference.
 */
@Service
public class TemplateAdmission {

    static final String SOURCE = "report-template:";

    private final TemplateStore store;
    private final Templates templates;
    private final Admissions admissions;
    private final Divisions divisions;
    private final AuditLog audit;

    TemplateAdmission(TemplateStore store, Templates templates, Admissions admissions, Divisions divisions, AuditLog audit) {
        this.store = store;
        this.templates = templates;
        this.admissions = admissions;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** Applies for the template's admission; the negative list may refuse it at once (told by the same event). */
    @Transactional
    public long apply(long templateId, AdmissionForm form, CurrentUser user) {
        ReportTemplate template = templates.own(templateId, user);
        if (!template.status().editable()) {
            throw Refusal.of("reports.template.not-editable", template.status().label());
        }
        Division target = divisions.findByCode(form.target().strip()).filter(d -> d.path().startsWith(template.regionPath()))
                .orElseThrow(() -> Refusal.ofField("target", "reports.admission.target.unknown"));
        if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw Refusal.ofField("endsOn", "reports.admission.ends.before-start");
        }
        long workItem = admissions.apply(new WorkItemApplication(WorkItemKind.REPORT, template.name(), content(template),
                form.basis().strip(), targetPaths(target), form.startsOn(), form.endsOn(), form.funding(),
                TemplateEditing.blank(form.fundingSource()), SOURCE + template.id()), user);
        if (!store.applied(template.id(), workItem)) {
            throw Refusal.of("reports.template.not-editable", template.status().label());
        }
        audit.record("REPORT_TEMPLATE_APPLY", template.name(), template.regionPath(),
                "报表模板申请准入：%s，承担范围 %s，事项编号 %d".formatted(template.name(), target.name(), workItem));
        return workItem;
    }

    /** The work-items module takes streets and committees: a district stands for all its streets. */
    private List<String> targetPaths(Division target) {
        if (target.level() != Level.COUNTY) {
            return List.of(target.path());
        }
        return divisions.children(target, DataScope.COUNTRY, 0, 1000).stream().filter(d -> d.level() == Level.STREET)
                .map(Division::path).toList();
    }

    /** The reviewers decided: the template is admitted (may be requested) or refused with the reason shown. */
    @ApplicationModuleListener
    void on(org.linli.workitems.WorkItemDecided decided) {
        if (decided.sourceRef() == null || !decided.sourceRef().startsWith(SOURCE)) {
            return;
        }
        long id = Long.parseLong(decided.sourceRef().substring(SOURCE.length()));
        TemplateStatus status = switch (decided.status()) {
            case ADMITTED -> TemplateStatus.ADMITTED;
            case REFUSED, WITHDRAWN -> TemplateStatus.REFUSED;
            case PENDING -> TemplateStatus.PENDING;
        };
        if (status != TemplateStatus.PENDING) {
            store.decided(id, decided.workItemId(), status, decided.reason());
        }
    }

    /** What the reviewers read: the purpose and the fields, measures marked as filled by the system. */
    private static String content(ReportTemplate t) {
        String fields = t.fields().stream().map(f -> f.position() + ". " + f.label() + (f.unit() == null ? "" : "（" + f.unit() + "）")
                + (f.measured() ? " [系统预填]" : " [社区填写]")).collect(Collectors.joining("\n"));
        String purpose = t.purpose() == null ? "" : t.purpose() + "\n";
        return purpose + "报表字段（" + t.fields().size() + " 项，其中社区填写 " + t.typedCount() + " 项）：\n" + fields;
    }
}
