package org.linli.demo;

import org.linli.access.Accounts;
import org.linli.casework.Categories;
import org.linli.casework.Departments;
import org.linli.division.Division;
import org.linli.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments Yuquan's streets summon, two department staff accounts, and each category's
 * usual department. Runs on every start and adds only what is missing, so a demo database made
 * before the case loop existed gains it too.
 */
@Component
class DemoCaseLoop {

    private final Departments departments;
    private final Categories categories;
    private final Accounts accounts;

    DemoCaseLoop(Departments departments, Categories categories, Accounts accounts) {
        this.departments = departments;
        this.categories = categories;
        this.accounts = accounts;
    }

    @Transactional
    void ensure(Division district, Division street) {
        if (departments.byCode("YQ-CGJ").isPresent()) {
            return;
        }
        long cgj = departments.ensure("YQ-CGJ", "玉泉区城市管理综合行政执法局", district);
        long zjj = departments.ensure("YQ-ZJJ", "玉泉区住房和城乡建设局", district);
        departments.ensure("YQ-SCJ", "玉泉区市场监督管理局", district);
        departments.ensure("YQ-STHJ", "呼和浩特市生态环境局玉泉区分局", district);
        departments.ensure("YQ-SWJ", "玉泉区水务局", district);
        departments.ensure("YQ-GRGS", "呼和浩特市热力集团玉泉分公司", district);
        departments.ensure("XZQ-PCS", "小召前街派出所", street);
        departments.ensure("XZQ-ZFD", "小召前街街道综合行政执法队", street);
        categories.setDefaultDepartment("SANITATION", "YQ-CGJ");
        categories.setDefaultDepartment("FACILITIES", "YQ-ZJJ");
        categories.setDefaultDepartment("PROPERTY", "YQ-ZJJ");
        categories.setDefaultDepartment("NOISE", "YQ-STHJ");
        categories.setDefaultDepartment("UTILITIES", "YQ-SWJ");
        categories.setDefaultDepartment("SAFETY", "XZQ-ZFD");
        accounts.createSystemAccount("dept", "赵敏", Role.DEPARTMENT_STAFF, district, DemoDistrict.PASSWORD);
        accounts.createSystemAccount("dept2", "孙涛", Role.DEPARTMENT_STAFF, district, DemoDistrict.PASSWORD);
        departments.link(accounts.findByUsername("dept").orElseThrow().id(), cgj);
        departments.link(accounts.findByUsername("dept2").orElseThrow().id(), zjj);
    }
}
