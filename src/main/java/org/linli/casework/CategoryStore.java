package org.linli.casework;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the category catalogue. */
@Repository
class CategoryStore {

    /** A category's limits as first set up (V8), which seed the rule book. */
    record FirstLimits(String code, String acceptLimit, String checkinLimit, String reportLimit, String finishLimit) {
    }

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> all() {
        return jdbc.sql("SELECT code, name, auto_escalate, default_department, active FROM case_category ORDER BY sort, code")
                .query(Category.class).list();
    }

    List<FirstLimits> firstLimits() {
        return jdbc.sql("SELECT code, accept_limit, checkin_limit, report_limit, finish_limit FROM case_category ORDER BY code")
                .query(FirstLimits.class).list();
    }

    void setDefaultDepartment(String category, String departmentCode) {
        jdbc.sql("UPDATE case_category SET default_department = :d WHERE code = :c").param("d", departmentCode)
                .param("c", category).update();
    }
}
