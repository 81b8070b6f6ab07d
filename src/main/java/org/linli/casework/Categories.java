package org.linli.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.casework.calendar.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of case categories, maintained by the district. */
@Service
public class Categories {

    private static final String SELECT = """
            SELECT code, name, accept_limit, checkin_limit, report_limit, finish_limit, auto_escalate, default_department, active
            FROM case_category""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Categories(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Category> all() {
        return jdbc.sql(SELECT + " ORDER BY sort, code").query((rs, i) -> new Category(rs.getString(1), rs.getString(2),
                TimeLimit.parse(rs.getString(3)), TimeLimit.parse(rs.getString(4)), TimeLimit.parse(rs.getString(5)),
                TimeLimit.parse(rs.getString(6)), rs.getBoolean(7), rs.getString(8), rs.getBoolean(9))).list();
    }

    public List<Category> active() {
        return all().stream().filter(Category::active).toList();
    }

    public Optional<Category> find(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Sets the department a street usually summons for a category (set-up and demo). */
    @Transactional
    public void setDefaultDepartment(String category, String departmentCode) {
        jdbc.sql("UPDATE case_category SET default_department = :d WHERE code = :c").param("d", departmentCode)
                .param("c", category).update();
    }

    /** Saves a category's limits and settings; errors by field, in Chinese. */
    @Transactional
    public Map<String, String> save(String code, Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Category existing = find(code).orElseThrow(() -> new org.linli.shared.NotFoundException("category " + code));
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty() || name.length() > 30) {
            errors.put("name", "请填写类别名称（不超过 30 个字）");
        }
        Map<String, String> limits = new LinkedHashMap<>();
        for (String field : List.of("acceptLimit", "checkinLimit", "reportLimit", "finishLimit")) {
            try {
                limits.put(field, TimeLimit.parse(form.getOrDefault(field, "")).code());
            } catch (IllegalArgumentException e) {
                errors.put(field, e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        String department = form.getOrDefault("defaultDepartment", "").strip();
        jdbc.sql("""
                        UPDATE case_category SET name = :name, accept_limit = :a, checkin_limit = :c, report_limit = :r,
                               finish_limit = :f, auto_escalate = :auto, default_department = :dep, active = :active
                        WHERE code = :code""")
                .param("name", name).param("a", limits.get("acceptLimit")).param("c", limits.get("checkinLimit"))
                .param("r", limits.get("reportLimit")).param("f", limits.get("finishLimit"))
                .param("auto", "on".equals(form.get("autoEscalate")) || "true".equals(form.get("autoEscalate")))
                .param("dep", department.isEmpty() ? null : department)
                .param("active", !"false".equals(form.getOrDefault("active", "true")))
                .param("code", existing.code()).update();
        audit.record("CASE_CATEGORY", existing.code() + " " + name, "/", limits.toString());
        return errors;
    }
}
