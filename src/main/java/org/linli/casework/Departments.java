package org.linli.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments and their staff. A street may summon the departments of its district and its own. */
@Service
public class Departments {

    private static final String SELECT = """
            SELECT p.id, p.code, p.name, p.division_id, p.division_path, d.name AS division_name, p.active
            FROM department p JOIN division d ON d.id = p.division_id
            """;

    public record Member(long accountId, String username, String displayName) {
    }

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final AuditLog audit;

    Departments(JdbcClient jdbc, Divisions divisions, AuditLog audit) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** Departments placed within a scope (for their administration). */
    public List<Department> within(DataScope scope) {
        return jdbc.sql(SELECT + "WHERE p.division_path LIKE :prefix || '%' ORDER BY p.division_path, p.code")
                .param("prefix", scope.prefix()).query(Department.class).list();
    }

    /** Departments a street (or anyone at {@code path}) may summon: those at its own division or above it. */
    public List<Department> summonableFrom(String path) {
        return jdbc.sql(SELECT + "WHERE p.active AND :path LIKE p.division_path || '%' ORDER BY p.division_path, p.code")
                .param("path", path).query(Department.class).list();
    }

    public Department get(long id) {
        return jdbc.sql(SELECT + "WHERE p.id = :id").param("id", id).query(Department.class).optional()
                .orElseThrow(() -> new NotFoundException("department " + id));
    }

    public Optional<Department> byCode(String code) {
        return jdbc.sql(SELECT + "WHERE p.code = :c").param("c", code).query(Department.class).optional();
    }

    /** The department a department staff account works for. */
    public Optional<Department> of(CurrentUser user) {
        if (user.role() != Role.DEPARTMENT_STAFF) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "JOIN department_member m ON m.department_id = p.id WHERE m.account_id = :a")
                .param("a", user.accountId()).query(Department.class).optional();
    }

    public List<Member> members(long departmentId) {
        return jdbc.sql("""
                        SELECT a.id AS account_id, a.username, a.display_name FROM department_member m
                        JOIN account a ON a.id = m.account_id WHERE m.department_id = :d ORDER BY a.username""")
                .param("d", departmentId).query(Member.class).list();
    }

    /** Creates a department at a district or street of the user's scope; errors by field. */
    @Transactional
    public Map<String, String> create(Map<String, String> form, CurrentUser user, long[] created) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = form.getOrDefault("code", "").strip().toUpperCase();
        String name = form.getOrDefault("name", "").strip();
        if (!code.matches("[A-Z0-9_-]{2,32}")) {
            errors.put("code", "编码为 2–32 位大写字母、数字、下划线或连字符");
        } else if (byCode(code).isPresent()) {
            errors.put("code", "编码 " + code + " 已被使用");
        }
        if (name.isEmpty() || name.length() > 50) {
            errors.put("name", "请填写部门名称（不超过 50 个字）");
        }
        Division at = divisions.findByCode(form.getOrDefault("divisionCode", "").strip())
                .filter(d -> user.scope().covers(d.path()))
                .filter(d -> d.level() == Level.COUNTY || d.level() == Level.STREET)
                .orElse(null);
        if (at == null) {
            errors.put("divisionCode", "部门应设在您管辖范围内的区县或街道乡镇");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        created[0] = insert(code, name, at);
        audit.record("DEPARTMENT_SAVE", code + " " + name, at.path(), "新建");
        return errors;
    }

    /** Puts a department staff account of the user's scope into a department. */
    @Transactional
    public void addMember(long departmentId, String username, CurrentUser user) {
        Department d = get(departmentId);
        if (!user.scope().covers(d.divisionPath())) {
            throw new NotFoundException("department " + departmentId);
        }
        record Acc(long id, String role, String divisionPath) {
        }
        Acc acc = jdbc.sql("SELECT id, role, division_path FROM account WHERE username = :u").param("u", username.strip())
                .query(Acc.class).optional()
                .filter(a -> user.scope().covers(a.divisionPath()))
                .orElseThrow(() -> new CaseRejected("没有找到您管辖范围内的账户“" + username.strip() + "”"));
        if (!Role.DEPARTMENT_STAFF.name().equals(acc.role())) {
            throw new CaseRejected("只有“职能部门人员”账户可以加入部门");
        }
        link(acc.id(), departmentId);
        audit.record("DEPARTMENT_SAVE", d.code() + " " + d.name(), d.divisionPath(), "加入人员 " + username.strip());
    }

    /** Creates or keeps a department by code (demo and set-up). */
    @Transactional
    public long ensure(String code, String name, Division at) {
        return byCode(code).map(Department::id).orElseGet(() -> insert(code, name, at));
    }

    private long insert(String code, String name, Division at) {
        return jdbc.sql("INSERT INTO department (code, name, division_id, division_path) VALUES (:c, :n, :d, :p) RETURNING id")
                .param("c", code).param("n", name).param("d", at.id()).param("p", at.path()).query(Long.class).single();
    }

    /** Links an account to a department (demo and set-up). */
    @Transactional
    public void link(long accountId, long departmentId) {
        jdbc.sql("""
                        INSERT INTO department_member (account_id, department_id) VALUES (:a, :d)
                        ON CONFLICT (account_id) DO UPDATE SET department_id = excluded.department_id""")
                .param("a", accountId).param("d", departmentId).update();
    }
}
