package org.linli.casework.internal;

import java.util.List;

import org.linli.access.Account;
import org.linli.access.Accounts;
import org.linli.audit.AuditLog;
import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** District and street staff set up the departments of their area and who works for each. */
@Service
public class DepartmentAdmin {

    /** A member as the department's page lists them. */
    public record Member(long accountId, String username, String displayName) {
    }

    private final Departments departments;
    private final Divisions divisions;
    private final Accounts accounts;
    private final AuditLog audit;

    DepartmentAdmin(Departments departments, Divisions divisions, Accounts accounts, AuditLog audit) {
        this.departments = departments;
        this.divisions = divisions;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The people of a department, named by the access module (one lookup). */
    public List<Member> members(long departmentId) {
        return accounts.byIds(departments.memberIds(departmentId)).stream()
                .map(a -> new Member(a.id(), a.username(), a.displayName())).toList();
    }

    /** Creates a department at a district or street of the user's scope; returns its id. */
    @Transactional
    public long create(DepartmentForm form, CurrentUser user) {
        if (departments.byCode(form.code()).isPresent()) {
            throw Refusal.ofField("code", "casework.department.code-taken", form.code());
        }
        Division at = divisions.findByCode(form.divisionCode())
                .filter(d -> user.scope().covers(d.path()))
                .filter(d -> d.level() == Level.COUNTY || d.level() == Level.STREET)
                .orElseThrow(() -> Refusal.ofField("divisionCode", "casework.department.division-outside"));
        long id = departments.ensure(form.code(), form.name(), at);
        audit.record("DEPARTMENT_SAVE", form.code() + " " + form.name(), at.path(), "新建");
        return id;
    }

    /** Puts a department staff account of the user's scope into a department. */
    @Transactional
    public void addMember(long departmentId, MemberForm form, CurrentUser user) {
        Department d = departments.get(departmentId);
        if (!user.scope().covers(d.divisionPath())) {
            throw new NotFoundException("department " + departmentId);
        }
        Account account = accounts.findByUsername(form.username())
                .filter(a -> user.scope().covers(a.divisionPath()))
                .orElseThrow(() -> Refusal.ofField("username", "casework.department.member-unknown", form.username()));
        if (account.role() != Role.DEPARTMENT_STAFF) {
            throw Refusal.ofField("username", "casework.department.member-not-staff");
        }
        departments.link(account.id(), departmentId);
        audit.record("DEPARTMENT_SAVE", d.code() + " " + d.name(), d.divisionPath(), "加入人员 " + form.username());
    }
}
