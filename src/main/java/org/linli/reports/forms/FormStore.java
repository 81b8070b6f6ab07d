package org.linli.reports.forms;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.linli.reports.templates.ApprovalLevel;
import org.linli.reports.templates.Figures;
import org.linli.reports.templates.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of committees' forms: reads, the committee's values, and the moves of the approval levels. */
@Repository
class FormStore {

    private static final String FORM = """
            SELECT f.id, f.request_id, r.template_id, t.name, t.department_id, f.committee_path, f.status, f.level,
                   f.returned_count, f.late, f.submitted_at, f.approved_at, r.period_from, r.period_to, r.deadline,
                   t.approval_levels
              FROM report_form f JOIN report_request r ON r.id = f.request_id JOIN report_template t ON t.id = r.template_id""";

    private final JdbcClient jdbc;

    FormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportForm> find(long id) {
        return jdbc.sql(FORM + " WHERE f.id = :id").param("id", id).query(FormStore::form).optional();
    }

    /**
     * The forms the viewer reads: those still to do first (open or returned for a committee, waiting
     * at the viewer's level for an approver), then by deadline.
     */
    List<ReportForm> list(Viewer viewer, String waitingLevel, int limit) {
        return viewer.bind(jdbc.sql(FORM + " WHERE " + viewer.formsVisible() + " " + """
                         ORDER BY CASE WHEN f.status IN ('OPEN', 'RETURNED') AND :committee THEN 0
                                       WHEN f.status = 'SUBMITTED'
                                        AND split_part(t.approval_levels, ',', f.level + 1) = :waiting THEN 0 ELSE 1 END,
                                  r.deadline, f.committee_path, f.id DESC LIMIT :limit"""))
                .param("committee", waitingLevel == null).param("waiting", waitingLevel == null ? "" : waitingLevel)
                .param("limit", limit).query(FormStore::form).list();
    }

    List<FormValue> values(long formId) {
        return jdbc.sql("""
                        SELECT fl.id, fl.position, fl.label, fl.unit, fl.measure_code, v.computed, v.value, v.reason
                          FROM report_value v JOIN report_field fl ON fl.id = v.field_id
                         WHERE v.form_id = :f ORDER BY fl.position""")
                .param("f", formId).query((rs, n) -> new FormValue(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Figures.plain(rs.getBigDecimal(6)), Figures.plain(rs.getBigDecimal(7)), rs.getString(8))).list();
    }

    List<FormStep> steps(long formId) {
        return jdbc.sql("SELECT action, level, reason, at, by_name FROM report_step WHERE form_id = :f ORDER BY at, id")
                .param("f", formId).query((rs, n) -> new FormStep(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5))).list();
    }

    /** The committee's figures, on a form it may still change. */
    void saveValue(long formId, long fieldId, BigDecimal value, String reason) {
        jdbc.sql("UPDATE report_value SET value = :v, reason = :r WHERE form_id = :f AND field_id = :field")
                .param("v", value).param("r", reason).param("f", formId).param("field", fieldId).update();
    }

    /** Open or returned → submitted to the first level; late for good when after the deadline. */
    boolean submit(long formId, OffsetDateTime at, boolean late) {
        return jdbc.sql("""
                        UPDATE report_form SET status = 'SUBMITTED', level = 0, submitted_at = :at, late = late OR :late
                        WHERE id = :id AND status IN ('OPEN', 'RETURNED')""")
                .param("at", at).param("late", late).param("id", formId).update() == 1;
    }

    /** Passes the level the form waits at; the last level approves it. False when it no longer waits there. */
    boolean approve(long formId, int level, int levels, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE report_form SET level = level + 1,
                               status = CASE WHEN level + 1 >= :levels THEN 'APPROVED' ELSE 'SUBMITTED' END,
                               approved_at = CASE WHEN level + 1 >= :levels THEN :at END
                        WHERE id = :id AND status = 'SUBMITTED' AND level = :level""")
                .param("levels", levels).param("at", at).param("id", formId).param("level", level).update() == 1;
    }

    /** Sends the form back to its committee from the level it waits at. */
    boolean sendBack(long formId, int level) {
        return jdbc.sql("""
                        UPDATE report_form SET status = 'RETURNED', level = 0, returned_count = returned_count + 1
                        WHERE id = :id AND status = 'SUBMITTED' AND level = :level""")
                .param("id", formId).param("level", level).update() == 1;
    }

    void step(long formId, String action, int level, String reason, OffsetDateTime at, String by) {
        jdbc.sql("INSERT INTO report_step (form_id, action, level, reason, at, by_name) VALUES (:f, :a, :l, :r, :at, :by)")
                .param("f", formId).param("a", action).param("l", level).param("r", reason).param("at", at).param("by", by)
                .update();
    }

    private static ReportForm form(ResultSet rs, int n) throws SQLException {
        List<ApprovalLevel> levels = Arrays.stream(rs.getString("approval_levels").split(",")).map(ApprovalLevel::valueOf).toList();
        return new ReportForm(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("template_id"), rs.getString("name"),
                rs.getLong("department_id"), rs.getString("committee_path"), FormStatus.valueOf(rs.getString("status")),
                rs.getInt("level"), rs.getInt("returned_count"), rs.getBoolean("late"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("approved_at", OffsetDateTime.class),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), levels);
    }
}
