package org.linli.reports.forms;

import java.util.List;

import org.linli.reports.templates.ApprovalLevel;
import org.linli.reports.templates.Templates;
import org.linli.reports.templates.Viewer;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Reads committees' forms: a committee its own, a street or the district those of its committees,
 * a department those sent for its templates. Anything else is not found.
 */
@Service
public class Forms {

    private static final int LIMIT = 200;

    private final FormStore store;
    private final Templates templates;

    Forms(FormStore store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    /** The forms the user reads, those waiting for them first. */
    public List<ReportForm> visible(CurrentUser user) {
        return store.list(templates.viewer(user), waitingLevel(user.role()), LIMIT);
    }

    public ReportForm get(long id, CurrentUser user) {
        Viewer viewer = templates.viewer(user);
        return store.find(id).filter(f -> viewer.department() ? f.departmentId() == viewer.departmentId()
                        : user.scope().covers(f.committeePath()))
                .orElseThrow(() -> new NotFoundException("report form " + id));
    }

    public List<FormValue> values(ReportForm form) {
        return store.values(form.id());
    }

    public List<FormStep> steps(ReportForm form) {
        return store.steps(form.id());
    }

    /** Whether the user is the committee's worker, who fills the form. */
    public static boolean fills(ReportForm form, CurrentUser user) {
        return user.role() == Role.COMMUNITY_WORKER && user.scope().covers(form.committeePath());
    }

    /** Whether the form waits for the user's approval. */
    public static boolean approves(ReportForm form, CurrentUser user) {
        ApprovalLevel at = form.waitingAt();
        return at != null && at.approver() == user.role() && user.scope().covers(form.committeePath());
    }

    private static String waitingLevel(Role role) {
        for (ApprovalLevel level : ApprovalLevel.values()) {
            if (level.approver() == role) {
                return level.name();
            }
        }
        return null;
    }
}
