package org.linli.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.linli.reports.requests.Issuing;
import org.linli.reports.requests.RequestForm;
import org.linli.reports.templates.AdmissionForm;
import org.linli.reports.templates.FieldLine;
import org.linli.reports.templates.ReportTemplate;
import org.linli.reports.templates.TemplateAdmission;
import org.linli.reports.templates.TemplateEditing;
import org.linli.reports.templates.TemplateForm;
import org.linli.reports.templates.Templates;
import org.linli.shared.CurrentUser;
import org.linli.workitems.admission.Reviewing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Smart reports' test data in the demo district, made through the use cases: a template of
 * {@code dept2} (住建局), admitted by {@code admin} on the work-items module's review, and requests
 * to the committees of 小召前街街道 (150104001) or the whole district.
 */
public final class ReportFixtures {

    public static final String DISTRICT = "150104";
    public static final String STREET = "150104001";
    public static final String COMMITTEE_PATH = "/15/1501/150104/150104001/150104001002/";
    public static final String OTHER_COMMITTEE_PATH = "/15/1501/150104/150104001/150104001004/";
    public static final String OTHER_STREET_COMMITTEE_PATH = "/15/1501/150104/150104002/150104002002/";

    /** The registry measures a test template asks, in order, before its typed fields. */
    public static final List<String> MEASURES = List.of("registry.residents", "registry.households", "registry.aged-60",
            "registry.disabled");

    private final TemplateEditing editing;
    private final TemplateAdmission admission;
    private final Templates templates;
    private final Reviewing reviewing;
    private final Issuing issuing;
    private final EventPublicationRegistry events;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    public ReportFixtures(TemplateEditing editing, TemplateAdmission admission, Templates templates, Reviewing reviewing,
                          Issuing issuing, EventPublicationRegistry events, UserDetailsService users, JdbcClient jdbc) {
        this.editing = editing;
        this.admission = admission;
        this.templates = templates;
        this.reviewing = reviewing;
        this.issuing = issuing;
        this.events = events;
        this.users = users;
        this.jdbc = jdbc;
    }

    public CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /** The fields of a test template: the registry measures, then 2 typed values. */
    public static List<FieldLine> lines() {
        List<FieldLine> lines = new ArrayList<>();
        MEASURES.forEach(code -> lines.add(new FieldLine(code, "", "", "")));
        lines.add(new FieldLine(FieldLine.TYPED, "危房户数", "户", "危房(户)"));
        lines.add(new FieldLine(FieldLine.TYPED, "加装电梯意向楼栋", "栋", ""));
        return lines;
    }

    /** A draft template of dept2 with {@link #lines()}. */
    public ReportTemplate draft(String name, boolean districtApproves) {
        return editing.create(new TemplateForm(name, "测试用途", districtApproves, lines()), user("dept2"));
    }

    /** A template of dept2, applied for on {@code target} (a division code) and approved by the district's reviewer. */
    public ReportTemplate admitted(String name, boolean districtApproves, String target, LocalDate today) {
        ReportTemplate draft = draft(name, districtApproves);
        long item = admission.apply(draft.id(), new AdmissionForm("《统计法》第七条", target, today, today.plusYears(1),
                BigDecimal.ZERO, ""), user("dept2"));
        reviewing.approve(item, user("admin"));
        Events.settle(events);
        return templates.find(draft.id()).orElseThrow();
    }

    /** Issues a request as dept2 for the period ending on {@code to}; returns its id. */
    public long issue(ReportTemplate template, LocalDate from, LocalDate to, LocalDate deadline, String... targets) {
        return issuing.issue(template.id(), new RequestForm(from, to, deadline, List.of(targets)), user("dept2"));
    }

    /** The form of the request sent to the committee. */
    public long formOf(long requestId, String committeePath) {
        return jdbc.sql("SELECT id FROM report_form WHERE request_id = :r AND committee_path = :p")
                .param("r", requestId).param("p", committeePath).query(Long.class).single();
    }

    /** The field ids of a template, in order. */
    public static List<Long> fieldIds(ReportTemplate template) {
        return template.fields().stream().map(f -> f.id()).toList();
    }
}
