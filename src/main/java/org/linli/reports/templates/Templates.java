package org.linli.reports.templates;

import java.util.List;
import java.util.Optional;

import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Reads templates. Everyone in the department's district reads its templates (a template outside
 * the scope is not found); only the owning department's staff may change or request one.
 */
@Service
public class Templates {

    private final TemplateStore store;
    private final Departments departments;

    Templates(TemplateStore store, Departments departments) {
        this.store = store;
        this.departments = departments;
    }

    /** Who is reading, with the department a department's staff works for. */
    public Viewer viewer(CurrentUser user) {
        Long department = user.role() == Role.DEPARTMENT_STAFF ? departments.of(user).map(Department::id).orElse(-1L) : null;
        return new Viewer(user, department);
    }

    public List<ReportTemplate> visible(CurrentUser user) {
        return store.visible(user.scope().path(), user.scope().prefix());
    }

    /** A template the user may read. */
    public ReportTemplate get(long id, CurrentUser user) {
        return store.find(id).filter(t -> readable(t, user)).orElseThrow(() -> new NotFoundException("report template " + id));
    }

    /** A template of the user's own department (for editing, applying and requesting); 404 for anyone else. */
    public ReportTemplate own(long id, CurrentUser user) {
        Optional<Department> department = departments.of(user);
        return store.find(id).filter(t -> department.isPresent() && department.get().id() == t.departmentId())
                .orElseThrow(() -> new NotFoundException("report template " + id));
    }

    /** Whether the user is staff of the template's department. */
    public boolean owns(ReportTemplate template, CurrentUser user) {
        return departments.of(user).map(d -> d.id() == template.departmentId()).orElse(false);
    }

    /** A template by id whoever asks: for the module's own listeners and the requests it already scoped. */
    public Optional<ReportTemplate> find(long id) {
        return store.find(id);
    }

    public String departmentName(long departmentId) {
        return departments.get(departmentId).name();
    }

    private static boolean readable(ReportTemplate t, CurrentUser user) {
        return t.regionPath() != null && (user.scope().covers(t.regionPath()) || user.scope().path().startsWith(t.regionPath()));
    }
}
