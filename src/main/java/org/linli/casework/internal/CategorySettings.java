package org.linli.casework.internal;

import org.linli.audit.AuditLog;
import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district administrator edits a category of the catalogue (its limits are edited in the rule book). */
@Service
public class CategorySettings {

    private final Categories categories;
    private final CategoryEdits store;
    private final AuditLog audit;

    CategorySettings(Categories categories, CategoryEdits store, AuditLog audit) {
        this.categories = categories;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public void save(String code, CategoryForm form) {
        Category existing = categories.find(code).orElseThrow(() -> new NotFoundException("category " + code));
        store.save(existing.code(), form);
        audit.record("CASE_CATEGORY", existing.code() + " " + form.name(), "/",
                (form.autoEscalate() ? "自动上报" : "不自动上报") + "，默认部门 " + form.defaultDepartment() + (form.active() ? "" : "，停用"));
    }
}
