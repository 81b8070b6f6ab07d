package org.linli.casework.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of editing a category. */
@Repository
class CategoryEdits {

    private final JdbcClient jdbc;

    CategoryEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String code, CategoryForm form) {
        jdbc.sql("""
                        UPDATE case_category SET name = :name, auto_escalate = :auto, default_department = :dep, active = :active
                        WHERE code = :code""")
                .param("name", form.name()).param("auto", form.autoEscalate())
                .param("dep", form.defaultDepartment().isEmpty() ? null : form.defaultDepartment())
                .param("active", form.active()).param("code", code).update();
    }
}
