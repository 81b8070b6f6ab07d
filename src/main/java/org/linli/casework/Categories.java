package org.linli.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of case categories, maintained by the district: the list forms offer and the lookup by code. */
@Service
public class Categories {

    private final CategoryStore store;

    Categories(CategoryStore store) {
        this.store = store;
    }

    public List<Category> all() {
        return store.all();
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
        store.setDefaultDepartment(category, departmentCode);
    }
}
