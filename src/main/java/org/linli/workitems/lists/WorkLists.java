package org.linli.workitems.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;

/**
 * The four lists as their pages read them. Everyone working inside a district (its administrators,
 * streets, committees and departments) reads the district's lists; its administrators also edit
 * them. The public page reads the lists in force of a district by its code, without signing in.
 */
@Service
public class WorkLists {

    private final WorkListStore store;
    private final Divisions divisions;
    private final Clock clock;

    WorkLists(WorkListStore store, Divisions divisions, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** The district whose lists the user reads; 404 for someone above or outside any district. */
    public String districtOf(CurrentUser user) {
        return DistrictPaths.of(user.scope().path()).orElseThrow(() -> new NotFoundException("work lists"));
    }

    /** Whether the user administers the district's lists: a district administrator of that district. */
    public static boolean editableBy(CurrentUser user, String districtPath) {
        return user.role() == Role.DISTRICT_ADMIN && user.scope().path().equals(districtPath);
    }

    /** The district's four lists, each with its version in force today and the version published to come. */
    public List<ListSummary> overview(CurrentUser user) {
        return overview(districtOf(user));
    }

    /** The district's four lists (also for the public page, which names the district by its code). */
    public List<ListSummary> overview(String districtPath) {
        LocalDate today = LocalDate.now(clock);
        List<ListSummary> lists = new ArrayList<>();
        for (ListKind kind : ListKind.values()) {
            WorkList inForce = store.inForce(districtPath, kind, today).filter(l -> l.regionPath().equals(districtPath)).orElse(null);
            List<WorkList> versions = store.versions(districtPath, kind);
            WorkList next = versions.stream().filter(v -> v.pending(today)).reduce((a, b) -> b).orElse(null);
            lists.add(new ListSummary(kind, inForce, inForce == null ? 0 : store.countEntries(inForce.id()), next,
                    versions.stream().anyMatch(WorkList::draft)));
        }
        return lists;
    }

    /** One list of the user's district: in force, the version asked for (null: the one in force), versions and draft. */
    public ListView view(CurrentUser user, ListKind kind, Integer version) {
        String district = districtOf(user);
        LocalDate today = LocalDate.now(clock);
        List<WorkList> versions = store.versions(district, kind);
        WorkList inForce = store.inForce(district, kind, today).filter(l -> l.regionPath().equals(district)).orElse(null);
        WorkList shown = version == null ? inForce : versions.stream().filter(v -> v.version() == version && !v.draft())
                .findFirst().orElseThrow(() -> new NotFoundException("work list version " + version));
        WorkList draft = versions.stream().filter(WorkList::draft).findFirst().orElse(null);
        boolean editable = editableBy(user, district);
        return new ListView(district, districtName(district), kind, inForce, shown,
                shown == null ? List.of() : store.entries(shown.id()), versions, editable ? draft : null,
                editable && draft != null ? store.entries(draft.id()) : List.of(), editable);
    }

    /** A published version of the user's district's list with its entries (the export); 404 otherwise. */
    public ListView published(CurrentUser user, ListKind kind, int version) {
        return view(user, kind, version);
    }

    /** The district a public address names by its code; 404 for any other code. */
    public Division publicDistrict(String code) {
        return divisions.findByCode(code).filter(d -> d.level() == Level.COUNTY)
                .orElseThrow(() -> new NotFoundException("district " + code));
    }

    /** The entries of a version (the public page shows each list in force). */
    public List<ListEntry> entries(WorkList list) {
        return store.entries(list.id());
    }

    public String districtName(String districtPath) {
        String code = districtPath.substring(0, districtPath.length() - 1);
        code = code.substring(code.lastIndexOf('/') + 1);
        return divisions.findByCode(code).map(Division::name).orElse(code);
    }
}
