package org.linli.emergency.mobilisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.emergency.network.Network;
import org.linli.registry.PersonalData;
import org.linli.registry.TaggedResidents;
import org.linli.registry.TaggedResidents.Placed;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.Masks;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobilisation list (转移名单): the residents of a committee (a grid worker: of their grid) who
 * need help to leave, read from the registry as it is now, by building and floor. Names and phones
 * stay masked, except to a member of the committee's emergency network with an account, for the
 * residents below a place an emergency is declared for, while it lasts; each such view is audited.
 */
@Service
public class MobilisationList {

    /** One resident on the list; {@code revealed} when name and phone are shown whole. */
    public record Entry(long residentId, String name, String phone, boolean revealed, int entrance, String room, int age,
                        List<String> needs, Long declarationId, Boolean reached, OffsetDateTime markedAt, String markedBy) {

        public java.time.LocalDateTime localMarkedAt() {
            return markedAt == null ? null : org.linli.shared.Times.local(markedAt);
        }
    }

    public record Floor(Integer number, List<Entry> entries) {
    }

    public record Building(String path, String name, List<Floor> floors) {
    }

    /**
     * One page of the list, grouped, with the count of all and how many are shown whole; for a
     * member during emergencies, how far the network has got with each, and the one the list keeps to.
     */
    public record Page(List<Building> buildings, long total, int revealed, boolean member, List<Progress> progress, Long only,
                       boolean pending) {
    }

    /** An emergency's residents on the list (within the user's part), and how many were marked reached or not. */
    public record Progress(long declarationId, String placeName, String kindLabel, long total, long reached, long notReached) {

        /** The share marked either way, whole per cent. */
        public int percent() {
            return total == 0 ? 0 : (int) Math.min(100, (reached + notReached) * 100 / total);
        }
    }

    private final TaggedResidents residents;
    private final PersonalData personalData;
    private final DeclarationStore declarations;
    private final Network network;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    MobilisationList(TaggedResidents residents, PersonalData personalData, DeclarationStore declarations, Network network,
                     Divisions divisions, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.personalData = personalData;
        this.declarations = declarations;
        this.network = network;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The part of the committee the user sees: a grid worker their grid, others the whole committee. */
    static DataScope scope(CurrentUser user, Division committee) {
        return user.role() == Role.GRID_WORKER ? user.scope() : new DataScope(committee.path());
    }

    /**
     * A page of the list; {@code only}, an emergency going on, keeps it to the residents of the
     * place declared (a member's view, while the network works through them), and {@code pending}
     * further to those not yet marked reached in it.
     */
    @Transactional
    public Page page(CurrentUser user, Division committee, int page, int size, Long only, boolean pending) {
        DataScope whole = scope(user, committee);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean member = network.isMember(committee.path(), user.accountId());
        List<Declaration> active = member ? declarations.active(committee.path(), now) : List.of();
        Declaration focus = active.stream().filter(d -> only != null && d.id() == only).findFirst().orElse(null);
        DataScope scope = focus == null ? whole : narrowed(whole, focus.placePath());
        List<Progress> progress = active.stream().map(d -> progress(whole, d, today)).toList();
        boolean onlyPending = focus != null && pending;
        if (scope == null) {
            return new Page(List.of(), 0, 0, member, progress, focus.id(), onlyPending);
        }
        List<Long> except = onlyPending ? declarations.reachedIds(focus.id()) : List.of();
        List<Placed> placed = residents.placed(scope, Need.wanted(), today, except, size, page * size);
        long total = residents.countPlaced(scope, Need.wanted(), today, except);
        Map<Long, Map<Long, DeclarationStore.Reach>> marks = marks(active, placed);
        List<Entry> entries = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (Placed p : placed) {
            Declaration covering = active.stream().filter(d -> d.covers(p.buildingPath())).findFirst().orElse(null);
            entries.add(entry(p, covering, covering == null ? null : marks.get(covering.id()).get(p.residentId())));
            if (covering != null) {
                kinds.add(covering.kind().label() + "：" + covering.placeName());
            }
        }
        int revealed = (int) entries.stream().filter(Entry::revealed).count();
        if (revealed > 0) {
            audit.record("EMERGENCY_LIST_REVEAL", "转移名单 " + revealed + " 名居民", scope.path(),
                    "应急期间查看转移名单的完整姓名和手机号（" + String.join("；", kinds) + "）");
        }
        return new Page(group(placed, entries), total, revealed, member, progress, focus == null ? null : focus.id(), onlyPending);
    }

    private Progress progress(DataScope whole, Declaration d, LocalDate today) {
        DataScope within = narrowed(whole, d.placePath());
        long total = within == null ? 0 : residents.countPlaced(within, Need.wanted(), today, List.of());
        return new Progress(d.id(), d.placeName(), d.kind().label(), total, d.reached(), d.notReached());
    }

    /** The part of a scope within a place: the deeper of the two when one lies within the other; null when they do not meet. */
    static DataScope narrowed(DataScope scope, String placePath) {
        if (placePath.startsWith(scope.path())) {
            return new DataScope(placePath);
        }
        return scope.path().startsWith(placePath) ? scope : null;
    }

    /** A member marks a resident reached or not during an emergency covering them. */
    @Transactional
    public void mark(CurrentUser user, Division committee, long declarationId, long residentId, boolean reached) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Declaration declaration = declarations.find(declarationId, committee.path())
                .orElseThrow(() -> new NotFoundException("declaration " + declarationId));
        if (!network.isMember(committee.path(), user.accountId())) {
            throw new NotFoundException("declaration " + declarationId);
        }
        if (!declaration.active(now)) {
            throw Refusal.of("emergency.reach.not-active");
        }
        TaggedResidents.Tagged resident = residents.of(residentId, LocalDate.now(clock))
                .filter(TaggedResidents.Tagged::living)
                .filter(r -> scope(user, committee).covers(r.divisionPath()) && declaration.covers(r.divisionPath()))
                .filter(r -> Need.any(r.tags()))
                .orElseThrow(() -> new NotFoundException("resident " + residentId));
        declarations.mark(declaration.id(), resident.residentId(), reached, user.username(), now);
    }

    private Map<Long, Map<Long, DeclarationStore.Reach>> marks(List<Declaration> active, List<Placed> placed) {
        Map<Long, Map<Long, DeclarationStore.Reach>> marks = new HashMap<>();
        for (Declaration d : active) {
            List<Long> ids = placed.stream().filter(p -> d.covers(p.buildingPath())).map(Placed::residentId).toList();
            Map<Long, DeclarationStore.Reach> byResident = new HashMap<>();
            declarations.reaches(d.id(), ids).forEach(r -> byResident.put(r.residentId(), r));
            marks.put(d.id(), byResident);
        }
        return marks;
    }

    private Entry entry(Placed p, Declaration covering, DeclarationStore.Reach mark) {
        List<String> needs = p.tags().stream().map(Need::label).toList();
        if (covering == null) {
            return new Entry(p.residentId(), Masks.name(p.name()), p.phoneMask(), false, p.entrance(), p.room(), p.age(), needs,
                    null, null, null, null);
        }
        String phone = p.phoneCipher() == null ? "" : personalData.open(p.phoneCipher());
        return new Entry(p.residentId(), p.name(), phone, true, p.entrance(), p.room(), p.age(), needs, covering.id(),
                mark == null ? null : mark.reached(), mark == null ? null : mark.markedAt(), mark == null ? null : mark.markedBy());
    }

    /** Entries by building (named from the division tree) and floor, in the order the registry gave them. */
    private List<Building> group(List<Placed> placed, List<Entry> entries) {
        // One query names each building and the estate above it: "锦绣花园 1号楼".
        Set<String> codes = new HashSet<>();
        placed.forEach(p -> {
            codes.add(code(p.buildingPath(), 1));
            codes.add(code(p.buildingPath(), 2));
        });
        Map<String, Division> byPath = new HashMap<>();
        divisions.byCodes(codes).forEach(d -> byPath.put(d.path(), d));
        Map<String, String> names = new HashMap<>();
        for (Placed p : placed) {
            Division building = byPath.get(p.buildingPath());
            Division estate = byPath.get(p.buildingPath().substring(0, p.buildingPath().lastIndexOf('/', p.buildingPath().length() - 2) + 1));
            String name = building == null ? "楼栋不明" : building.name();
            names.put(p.buildingPath(), estate != null && estate.level() == org.linli.division.Level.ESTATE ? estate.name() + " " + name : name);
        }
        Map<String, Map<Integer, List<Entry>>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            grouped.computeIfAbsent(p.buildingPath(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(p.floor() == null ? Integer.MIN_VALUE : p.floor(), k -> new ArrayList<>()).add(entries.get(i));
        }
        List<Building> buildings = new ArrayList<>();
        grouped.forEach((path, floors) -> buildings.add(new Building(path, names.getOrDefault(path, path),
                floors.entrySet().stream().map(e -> new Floor(e.getKey() == Integer.MIN_VALUE ? null : e.getKey(), e.getValue()))
                        .toList())));
        return buildings;
    }

    /** The code {@code fromEnd} places from the end of a path (1: its own). */
    private static String code(String path, int fromEnd) {
        String[] codes = path.substring(1).split("/");
        return codes[Math.max(0, codes.length - fromEnd)];
    }
}
