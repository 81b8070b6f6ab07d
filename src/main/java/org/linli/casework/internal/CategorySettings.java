package org.linli.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.calendar.TimeLimit;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district administrator edits a category of the catalogue. */
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
    public void save(String code, CategoryForm form, CurrentUser user) {
        Category existing = categories.find(code).orElseThrow(() -> new NotFoundException("category " + code));
        Map<String, String> limits = new LinkedHashMap<>();
        limits.put("acceptLimit", limit("acceptLimit", form.acceptLimit()));
        limits.put("checkinLimit", limit("checkinLimit", form.checkinLimit()));
        limits.put("reportLimit", limit("reportLimit", form.reportLimit()));
        limits.put("finishLimit", limit("finishLimit", form.finishLimit()));
        store.save(existing.code(), form, limits.get("acceptLimit"), limits.get("checkinLimit"), limits.get("reportLimit"),
                limits.get("finishLimit"));
        audit.record("CASE_CATEGORY", existing.code() + " " + form.name(), "/", limits.toString());
    }

    private static String limit(String field, String text) {
        try {
            return TimeLimit.parse(text).code();
        } catch (IllegalArgumentException e) {
            throw Refusal.ofField(field, "casework.time-limit.format", text);
        }
    }
}
