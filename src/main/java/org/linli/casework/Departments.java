package org.linli.casework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments and who works for them. A street may summon the departments of its district and its own. */
@Service
public class Departments {

    private final DepartmentStore store;
    private final Divisions divisions;

    Departments(DepartmentStore store, Divisions divisions) {
        this.store = store;
        this.divisions = divisions;
    }

    /** Departments placed within a scope (for their administration). */
    public List<Department> within(DataScope scope) {
        return named(store.within(scope.prefix()));
    }

    /** Departments a street (or anyone at {@code path}) may summon: those at its own division or above it. */
    public List<Department> summonableFrom(String path) {
        return named(store.summonableFrom(path));
    }

    public Department get(long id) {
        return store.get(id).map(d -> named(List.of(d)).getFirst()).orElseThrow(() -> new NotFoundException("department " + id));
    }

    public Optional<Department> byCode(String code) {
        return store.byCode(code).map(d -> named(List.of(d)).getFirst());
    }

    /** The department a department staff account works for. */
    public Optional<Department> of(CurrentUser user) {
        if (user.role() != Role.DEPARTMENT_STAFF) {
            return Optional.empty();
        }
        return store.ofAccount(user.accountId()).map(d -> named(List.of(d)).getFirst());
    }

    /** The accounts that work for a department. */
    public List<Long> memberIds(long departmentId) {
        return store.members(departmentId);
    }

    /** Creates or keeps a department by code (demo and set-up). */
    @Transactional
    public long ensure(String code, String name, Division at) {
        return store.byCode(code).map(Department::id).orElseGet(() -> store.insert(code, name, at));
    }

    /** Links an account to a department, replacing any earlier one (demo and set-up). */
    @Transactional
    public void link(long accountId, long departmentId) {
        store.link(accountId, departmentId);
    }

    /** Departments named after their places, one lookup for the list. */
    private List<Department> named(List<Department> list) {
        Map<String, String> names = divisions.byCodes(list.stream().map(Department::divisionCode).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Division::code, Division::name));
        return list.stream().map(d -> d.named(names.getOrDefault(d.divisionCode(), d.divisionCode()))).toList();
    }
}
