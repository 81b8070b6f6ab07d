package org.linli.linkage.needs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.LatLon;
import org.linli.division.Level;
import org.linli.division.Locator;
import org.linli.division.PlaceNames;
import org.linli.linkage.ServiceKind;
import org.linli.linkage.internal.LinkageCommittees;
import org.linli.linkage.internal.Page;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's lists of residents' needs (需求清单) and community resources (资源清单), and the
 * resources suggested for each need. The committee's workers list them at a place of the committee;
 * an estate or a building gives the point distances are measured from.
 */
@Service
public class NeedsAndResources {

    public static final int PAGE = 20;
    private static final List<Level> PLACES = List.of(Level.COMMITTEE, Level.GRID, Level.ESTATE, Level.BUILDING);

    private final NeedStore store;
    private final LinkageCommittees committees;
    private final PlaceNames placeNames;
    private final Locator locator;
    private final AuditLog audit;
    private final Clock clock;

    NeedsAndResources(NeedStore store, LinkageCommittees committees, PlaceNames placeNames, Locator locator, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.placeNames = placeNames;
        this.locator = locator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The needs of the user's scope, filtered and paged in SQL, each open one with its best suggestion. */
    public Page<Need> needs(CurrentUser user, ServiceKind kind, String status, String q, int page) {
        String s = "OPEN".equals(status) || "MATCHED".equals(status) ? status : null;
        String text = blankToNull(q);
        return Page.of(store.needs(user.scope(), kind, s, text, Page.offset(page, PAGE), PAGE),
                store.countNeeds(user.scope(), kind, s, text), Math.max(0, page), PAGE);
    }

    public Page<Resource> resources(CurrentUser user, ServiceKind kind, String q, int page) {
        String text = blankToNull(q);
        return Page.of(store.resources(user.scope(), kind, text, Page.offset(page, PAGE), PAGE),
                store.countResources(user.scope(), kind, text), Math.max(0, page), PAGE);
    }

    public Need need(long id, CurrentUser user) {
        return store.need(id, user.scope()).orElseThrow(() -> new NotFoundException("need " + id));
    }

    public Resource resource(long id, CurrentUser user) {
        return store.resource(id, user.scope()).orElseThrow(() -> new NotFoundException("resource " + id));
    }

    /** The resources suggested for a need in the user's scope, nearest first (404 for a need outside it). */
    public List<Suggestion> suggestions(long needId, CurrentUser user, int limit) {
        need(needId, user);
        return store.suggestions(needId, user.scope(), Math.max(1, Math.min(limit, 50)));
    }

    @Transactional
    public long recordNeed(NeedForm form, CurrentUser user) {
        Division committee = committees.own(user);
        Division place = place(form.place(), committee);
        long id = store.insertNeed(committee.id(), committee.path(), place.path(), form, point(place), user.username(),
                OffsetDateTime.now(clock));
        audit.record("LINKAGE_LIST", "linkage-need-" + id, committee.path(), "需求：" + form.title().strip());
        return id;
    }

    @Transactional
    public long recordResource(ResourceForm form, CurrentUser user) {
        Division committee = committees.own(user);
        Division place = place(form.place(), committee);
        long id = store.insertResource(committee.id(), committee.path(), place.path(), form, point(place), user.username(),
                OffsetDateTime.now(clock));
        audit.record("LINKAGE_LIST", "linkage-resource-" + id, committee.path(), "资源：" + form.title().strip() + "（" + form.provider().strip() + "）");
        return id;
    }

    /** Whether the committee has listed any need. */
    public boolean anyIn(String committeePath) {
        return store.anyNeedIn(committeePath);
    }

    /** Marks a need of the committee taken up by a project (a need already taken stays as it is). */
    public void takeUp(long needId) {
        store.markMatched(needId);
    }

    /** The place typed (name or code) within the committee, or the committee itself when empty. */
    private Division place(String typed, Division committee) {
        return placeNames.resolve(typed, new DataScope(committee.path()), PLACES, "place")
                .or(() -> typed == null || typed.isBlank() ? java.util.Optional.of(committee) : java.util.Optional.empty())
                .orElseThrow(() -> org.linli.shared.Refusal.ofField("place", "linkage.place.unknown", typed));
    }

    /** Estates and buildings are points; areas are not, so distances are measured only between points. */
    private LatLon point(Division place) {
        if (place.level() != Level.ESTATE && place.level() != Level.BUILDING) {
            return null;
        }
        return locator.centre(place).orElse(null);
    }

    private static String blankToNull(String q) {
        return q == null || q.isBlank() ? null : q.strip();
    }
}
