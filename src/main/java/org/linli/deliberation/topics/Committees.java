package org.linli.deliberation.topics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The committees deliberation happens in, as the division module knows them: whose committee a
 * user belongs to, and the names a list of topics or meetings shows, asked for in one query per
 * list rather than one per row.
 */
@Component
public class Committees {

    private final Divisions divisions;

    Committees(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The committee a user proposes to and votes in: their own, or the one above their grid. */
    public Division of(CurrentUser user) {
        Division node = divisions.findUnscoped(user.divisionId()).orElseThrow();
        if (node.level() == Level.COMMITTEE) {
            return node;
        }
        return divisions.lineage(node).stream().filter(d -> d.level() == Level.COMMITTEE).findFirst()
                .orElseThrow(() -> new NotFoundException("committee of " + user.username()));
    }

    public Division get(long id) {
        return divisions.findUnscoped(id).orElseThrow(() -> new NotFoundException("committee " + id));
    }

    /** The names of the committees at these paths, by path. */
    public Map<String, String> names(Collection<String> committeePaths) {
        Set<String> paths = new TreeSet<>(committeePaths);
        if (paths.isEmpty()) {
            return Map.of();
        }
        if (paths.size() == 1) {
            String path = paths.iterator().next();
            String code = path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1);
            return divisions.findByCode(code).map(d -> Map.of(path, d.name())).orElse(Map.of());
        }
        List<Division> committees = divisions.search("", new DataScope(commonPrefix(paths)), List.of(Level.COMMITTEE), 100_000);
        return committees.stream().filter(d -> paths.contains(d.path())).collect(Collectors.toMap(Division::path, Division::name));
    }

    /** The names of the committee's children (its grids, which are its residents' groups), by code. */
    public Map<String, String> childNames(Division committee) {
        return divisions.children(committee, new DataScope(committee.path()), 0, 1000).stream()
                .collect(Collectors.toMap(Division::code, Division::name, (a, b) -> a));
    }

    /** The longest path every one of the paths lies under. */
    static String commonPrefix(Set<String> paths) {
        String first = paths.iterator().next();
        int length = first.length();
        for (String p : paths) {
            int i = 0;
            while (i < length && i < p.length() && p.charAt(i) == first.charAt(i)) {
                i++;
            }
            length = i;
        }
        return first.substring(0, first.lastIndexOf('/', Math.max(0, length - 1)) + 1);
    }
}
