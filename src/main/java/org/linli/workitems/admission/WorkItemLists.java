package org.linli.workitems.admission;

import java.time.Clock;
import java.time.LocalDate;

import org.linli.casework.Department;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Who sees which work items: a department its own applications, the district's reviewers the
 * pending ones, a committee the admitted work in force on it, a street or district the work in force
 * reaching into its scope (or one committee's list).
 */
@Service
public class WorkItemLists {

    private final WorkItemStore store;
    private final Departments departments;
    private final Divisions divisions;
    private final Clock clock;

    WorkItemLists(WorkItemStore store, Departments departments, Divisions divisions, Clock clock) {
        this.store = store;
        this.departments = departments;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** The applying department's own applications, newest first (404 for anyone else). */
    public Paged<WorkItemView> mine(CurrentUser user, int page, int size) {
        Department department = departments.of(user).orElseThrow(() -> new NotFoundException("no department"));
        return Paged.of(store.ofDepartment(department.id(), page * size, size), store.countOfDepartment(department.id()), page, size);
    }

    /** Pending applications for the district's reviewers, oldest first (404 for anyone else). */
    public Paged<WorkItemView> pending(CurrentUser user, int page, int size) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("not a reviewer");
        }
        return Paged.of(store.pending(user.scope(), page * size, size), store.countPending(user.scope()), page, size);
    }

    /** The list of work of one committee in the user's scope: admitted items in force on it. */
    public Paged<WorkItemView> onCommittee(Division committee, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return Paged.of(store.onCommittee(committee.path(), today, page * size, size),
                store.countOnCommittee(committee.path(), today), page, size);
    }

    /** Admitted items in force reaching into the user's scope. */
    public Paged<WorkItemView> inScope(CurrentUser user, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return Paged.of(store.inScope(user.scope(), today, page * size, size), store.countInScope(user.scope(), today), page, size);
    }

    /** A committee in the user's scope (404 outside it or when not a committee). */
    public Division committee(long id, CurrentUser user) {
        Division d = divisions.get(id, user.scope());
        if (d.level() != Level.COMMITTEE) {
            throw new NotFoundException("division " + id + " is no committee");
        }
        return d;
    }

    /** The department a user works for, for the form's heading. */
    public java.util.Optional<Department> departmentOf(CurrentUser user) {
        return departments.of(user);
    }

    /** The work item filed with the applying module's reference, if any. */
    public java.util.Optional<Long> bySourceRef(String sourceRef) {
        return store.bySourceRef(sourceRef);
    }
}
