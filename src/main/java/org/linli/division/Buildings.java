package org.linli.division;

import java.util.List;
import java.util.Optional;

import org.linli.shared.DataScope;
import org.springframework.stereotype.Service;

/**
 * Buildings named as people say them, "泰和家园 3号楼" (the estate's name, then the building's), for
 * pickers: found by the estate's name, the building's, both together, or the code's start, within
 * a scope; the picker stores the building's id or code as before.
 */
@Service
public class Buildings {

    private final BuildingStore store;

    Buildings(BuildingStore store) {
        this.store = store;
    }

    /** A building with the name of its estate (its parent). */
    public record Named(Division building, String estate) {

        public String label() {
            return estate == null ? building.name() : estate + " " + building.name();
        }
    }

    /**
     * Buildings of the scope whose estate and building names, read together, contain the text (spaces
     * ignored: "泰和 3号楼" finds 泰和家园 3号楼), or whose code starts with it; in code order.
     */
    public List<Named> search(String text, DataScope scope, int limit) {
        String words = text == null ? "" : text.replaceAll("\\s+", "");
        return store.search(words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"), scope, limit);
    }

    /** A building of the scope with its estate's name; empty when it is not a building of the scope. */
    public Optional<Named> find(long id, DataScope scope) {
        return store.find(id, scope);
    }
}
