package org.linli.reports.requests;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.notice.Notice;
import org.linli.reports.measures.MeasureCatalogue;
import org.linli.reports.templates.ReportField;
import org.linli.reports.templates.ReportTemplate;
import org.linli.reports.templates.TemplateStatus;
import org.linli.reports.templates.Templates;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.workitems.Admission;
import org.linli.workitems.Admissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department issues a request for one of its admitted templates. In one transaction: the request,
 * one form per committee the admission admits, and every form's values pre-filled from the shared
 * catalogue of measures, asked once for all committees; each committee's workers are told.
 */
@Service
public class Issuing {

    private final RequestStore store;
    private final Templates templates;
    private final RequestCommittees committees;
    private final Admissions admissions;
    private final MeasureCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Issuing(RequestStore store, Templates templates, RequestCommittees committees, Admissions admissions,
            MeasureCatalogue catalogue, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.committees = committees;
        this.admissions = admissions;
        this.catalogue = catalogue;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues the request; returns its id. */
    @Transactional
    public long issue(long templateId, RequestForm form, CurrentUser user) {
        ReportTemplate template = templates.own(templateId, user);
        LocalDate today = LocalDate.now(clock);
        if (template.status() != TemplateStatus.ADMITTED || template.workItemId() == null) {
            throw Refusal.of("reports.request.not-admitted", template.status().label());
        }
        if (form.periodTo().isBefore(form.periodFrom())) {
            throw Refusal.ofField("periodTo", "reports.request.period.order");
        }
        if (form.deadline().isBefore(today)) {
            throw Refusal.ofField("deadline", "reports.request.deadline.past", today);
        }
        List<Division> asked = committees.under(form.targets(), template.regionPath());
        if (asked.isEmpty()) {
            throw Refusal.ofField("targets", "reports.request.targets.required");
        }
        Admission admission = admissions.find(template.workItemId())
                .orElseThrow(() -> Refusal.of("reports.request.not-admitted", template.status().label()));
        for (Division committee : asked) {
            if (!admission.admits(committee.path(), today) || !admission.admits(committee.path(), form.deadline())) {
                throw Refusal.ofField("targets", "reports.request.committee.not-admitted", committee.name());
            }
        }
        List<String> paths = asked.stream().map(Division::path).toList();
        long id = store.insert(template.id(), form.periodFrom(), form.periodTo(), form.deadline(),
                form.targets().stream().map(String::strip).distinct().toArray(String[]::new), OffsetDateTime.now(clock),
                user.username());
        Map<String, Long> forms = store.insertForms(id, paths.toArray(String[]::new));
        prefill(template, forms, paths, form);
        for (Division committee : asked) {
            events.publishEvent(Notice.toRole(Role.COMMUNITY_WORKER, committee.id(), null,
                    "新报表任务：%s（%s 至 %s），请于 %s 前核对提交".formatted(template.name(), form.periodFrom(), form.periodTo(),
                            form.deadline()), "/reports/forms/" + forms.get(committee.path())));
        }
        audit.record("REPORT_REQUEST_ISSUE", template.name(), template.regionPath(),
                "下发报表：%s，%s 至 %s，%d 个社区，截止 %s".formatted(template.name(), form.periodFrom(), form.periodTo(),
                        asked.size(), form.deadline()));
        return id;
    }

    /** Each form's values: a measure's figure for its committee and the period, a typed field empty. */
    private void prefill(ReportTemplate template, Map<String, Long> forms, List<String> paths, RequestForm form) {
        Set<String> codes = new LinkedHashSet<>();
        template.fields().stream().filter(ReportField::measured).forEach(f -> codes.add(f.measureCode()));
        Map<String, Map<String, Long>> values = catalogue.compute(codes, paths, form.periodFrom(), form.periodTo());
        List<Long> formIds = new ArrayList<>();
        List<Long> fieldIds = new ArrayList<>();
        List<BigDecimal> computed = new ArrayList<>();
        for (String path : paths) {
            for (ReportField field : template.fields()) {
                formIds.add(forms.get(path));
                fieldIds.add(field.id());
                Long value = field.measured() ? values.getOrDefault(field.measureCode(), Map.of()).get(path) : null;
                computed.add(value == null ? null : BigDecimal.valueOf(value));
            }
        }
        store.insertValues(formIds.toArray(Long[]::new), fieldIds.toArray(Long[]::new), computed.toArray(BigDecimal[]::new));
    }
}
