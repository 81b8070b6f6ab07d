package org.linli.workitems.admission;

import java.util.List;

import org.linli.casework.Department;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Component;

/** Where a department's work may go: the streets and committees of the department's own district. */
@Component
public class Targets {

    private final Divisions divisions;

    Targets(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The district (区县) a department belongs to, whose reviewers decide its applications. */
    public String districtOf(Department department) {
        Division at = divisions.findUnscoped(department.divisionId()).orElseThrow();
        return divisions.lineage(at).stream().filter(d -> d.level() == Level.COUNTY).map(Division::path).findFirst()
                .orElse(at.path());
    }

    /** The district's streets, each with its committees, for the form's choice. */
    public List<StreetChoice> choices(String districtPath) {
        DataScope scope = new DataScope(districtPath);
        Division district = divisions.findByCode(code(districtPath)).orElseThrow();
        return divisions.children(district, scope, 0, 500).stream()
                .filter(s -> s.level() == Level.STREET)
                .map(s -> new StreetChoice(s, divisions.children(s, scope, 0, 500).stream()
                        .filter(c -> c.level() == Level.COMMITTEE).toList()))
                .toList();
    }

    /** Refuses a target that is not a street or committee of the district. */
    void check(List<String> paths, String districtPath) {
        for (String path : paths) {
            boolean ok = path != null && path.startsWith(districtPath) && !path.equals(districtPath)
                    && divisions.findByCode(code(path)).filter(d -> d.path().equals(path))
                    .filter(d -> d.level() == Level.STREET || d.level() == Level.COMMITTEE).isPresent();
            if (!ok) {
                throw Refusal.ofField("targetPaths", "workitems.targets.outside");
            }
        }
    }

    private static String code(String path) {
        String[] codes = path.split("/");
        return codes[codes.length - 1];
    }

    /** A street and its committees. */
    public record StreetChoice(Division street, List<Division> committees) {
    }
}
