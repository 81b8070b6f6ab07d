package org.linli.reports.templates;

import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Role;

/**
 * Who reads reports, and so which rows: a department's staff its own department's templates'
 * requests and every form sent for them ({@code departmentId}); everyone else the forms of the
 * committees inside their scope. One definition for every query of the module.
 *
 * @param departmentId the department a department's staff works for, null for everyone else
 */
public record Viewer(CurrentUser user, Long departmentId) {

    public Role role() {
        return user.role();
    }

    public DataScope scope() {
        return user.scope();
    }

    public boolean department() {
        return departmentId != null;
    }

    /**
     * The SQL condition on a form {@code f} of a template {@code t} this viewer may read, binding
     * {@code :viewerDepartment} and {@code :viewerPrefix} (see {@link #bind}).
     */
    public String formsVisible() {
        return department() ? "t.department_id = :viewerDepartment" : "f.committee_path LIKE :viewerPrefix || '%'";
    }

    /** Binds the parameters of {@link #formsVisible()}. */
    public org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
        return spec.param("viewerDepartment", departmentId == null ? -1L : departmentId).param("viewerPrefix", scope().prefix());
    }
}
