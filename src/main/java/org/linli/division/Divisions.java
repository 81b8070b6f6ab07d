package org.linli.division;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The division module's face: reads of the hierarchy, always limited to a data scope. A node
 * outside the scope is reported exactly like a node that does not exist.
 */
@Service
public class Divisions {

    private final DivisionStore store;

    Divisions(DivisionStore store) {
        this.store = store;
    }

    public Optional<Division> find(long id, DataScope scope) {
        return store.find(id, scope);
    }

    public Division get(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("division " + id));
    }

    /** A node by id regardless of scope: only for deciding an account's own scope at sign-in. */
    public Optional<Division> findUnscoped(long id) {
        return store.findUnscoped(id);
    }

    public Optional<Division> findByCode(String code) {
        return store.findByCode(code);
    }

    public List<Division> children(Division parent, DataScope scope, int offset, int limit) {
        return children(parent, scope, ChildOrder.CODE, offset, limit);
    }

    /** How a node's children may be sorted; a closed set, so no column name comes from the request. */
    public enum ChildOrder {
        CODE("code"), NAME("convert_to(name, 'GB18030'), code"), DESCENDANTS("descendant_count DESC, code");

        private final String sql;

        ChildOrder(String sql) {
            this.sql = sql;
        }
    }

    public List<Division> children(Division parent, DataScope scope, ChildOrder order, int offset, int limit) {
        return store.children(parent, scope, order.sql, offset, limit);
    }

    /** Every node below {@code node} within the scope, in code order, one at a time (for exports). */
    public void forEachDescendant(Division node, DataScope scope, int limit, Consumer<Division> action) {
        store.forEachDescendant(node, scope, limit, action);
    }

    /** The nodes from the top of the hierarchy down to {@code node}, for breadcrumbs. */
    public List<Division> lineage(Division node) {
        return store.lineage(node);
    }

    /**
     * Nodes by code, whatever the scope: for naming records the caller has already read within its
     * scope (their places, by the last code of their paths), one query for a whole page.
     */
    public List<Division> byCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return store.byCodes(codes);
    }

    /**
     * Places in scope, of the given levels, whose name the text contains ("泰和家园 3 号楼东侧" names
     * 泰和家园) or, for a text of two characters or more, whose name contains the text; nearest the
     * top first. For systems that name a place in words rather than by code.
     */
    public List<Division> namedIn(String text, DataScope scope, List<Level> levels, int limit) {
        return store.namedIn(text, scope, levels, limit);
    }

    /** Nodes in scope whose name or code matches, for the search box and pickers. */
    public List<Division> search(String text, DataScope scope, List<Level> levels, int limit) {
        return store.search(text, scope, levels, limit);
    }

    /** How many nodes of each level lie in the scope, the scope's own node included. */
    public Map<Level, Long> countByLevel(DataScope scope) {
        return store.countByLevel(scope);
    }

    /**
     * How many buildings each grid of the scope holds (grid id → buildings; grids without any are
     * absent), in one query: the denominators of grid coverage.
     */
    public Map<Long, Integer> buildingsPerGrid(DataScope scope) {
        return store.buildingsPerGrid(scope);
    }
}
