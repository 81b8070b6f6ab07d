package org.linli.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of departments and their members; departments come back unnamed by place ({@link Departments} names them). */
@Repository
class DepartmentStore {

    private static final String SELECT = """
            SELECT p.id, p.code, p.name, p.division_id, p.division_path, NULL::text AS division_name, p.active
            FROM department p
            """;

    private final JdbcClient jdbc;

    DepartmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Department> within(String prefix) {
        return jdbc.sql(SELECT + "WHERE p.division_path LIKE :prefix || '%' ORDER BY p.division_path, p.code")
                .param("prefix", prefix).query(Department.class).list();
    }

    List<Department> summonableFrom(String path) {
        return jdbc.sql(SELECT + "WHERE p.active AND :path LIKE p.division_path || '%' ORDER BY p.division_path, p.code")
                .param("path", path).query(Department.class).list();
    }

    Optional<Department> get(long id) {
        return jdbc.sql(SELECT + "WHERE p.id = :id").param("id", id).query(Department.class).optional();
    }

    Optional<Department> byCode(String code) {
        return jdbc.sql(SELECT + "WHERE p.code = :c").param("c", code).query(Department.class).optional();
    }

    Optional<Department> ofAccount(long accountId) {
        return jdbc.sql(SELECT + "JOIN department_member m ON m.department_id = p.id WHERE m.account_id = :a")
                .param("a", accountId).query(Department.class).optional();
    }

    Set<Long> departmentsOf(long accountId) {
        return Set.copyOf(jdbc.sql("SELECT department_id FROM department_member WHERE account_id = :a").param("a", accountId)
                .query(Long.class).list());
    }

    List<Long> members(long departmentId) {
        return jdbc.sql("SELECT account_id FROM department_member WHERE department_id = :d").param("d", departmentId)
                .query(Long.class).list();
    }

    long insert(String code, String name, Division at) {
        return jdbc.sql("INSERT INTO department (code, name, division_id, division_path) VALUES (:c, :n, :d, :p) RETURNING id")
                .param("c", code).param("n", name).param("d", at.id()).param("p", at.path()).query(Long.class).single();
    }

    void link(long accountId, long departmentId) {
        jdbc.sql("""
                        INSERT INTO department_member (account_id, department_id) VALUES (:a, :d)
                        ON CONFLICT (account_id) DO UPDATE SET department_id = excluded.department_id""")
                .param("a", accountId).param("d", departmentId).update();
    }
}
