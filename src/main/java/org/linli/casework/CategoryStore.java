package org.linli.casework;

import java.util.List;

import org.linli.casework.calendar.TimeLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the category catalogue. */
@Repository
class CategoryStore {

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> all() {
        return jdbc.sql("""
                        SELECT code, name, accept_limit, checkin_limit, report_limit, finish_limit, auto_escalate, default_department, active
                        FROM case_category ORDER BY sort, code""")
                .query((rs, i) -> new Category(rs.getString(1), rs.getString(2), TimeLimit.parse(rs.getString(3)),
                        TimeLimit.parse(rs.getString(4)), TimeLimit.parse(rs.getString(5)), TimeLimit.parse(rs.getString(6)),
                        rs.getBoolean(7), rs.getString(8), rs.getBoolean(9)))
                .list();
    }

    void setDefaultDepartment(String category, String departmentCode) {
        jdbc.sql("UPDATE case_category SET default_department = :d WHERE code = :c").param("d", departmentCode)
                .param("c", category).update();
    }
}
