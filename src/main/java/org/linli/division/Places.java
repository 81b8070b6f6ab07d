package org.linli.division;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.internal.DivisionCounts;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grids, estates and buildings: the places staff create below a committee. Codes continue the
 * statistical ones (grid = committee code + 3-digit sequence, and so on down), so a place's path
 * is as stable as its parent's.
 */
@Service
public class Places {

    private static final int MAX_SEQUENCE = 999;

    private final PlaceStore store;
    private final Divisions divisions;
    private final DivisionCounts counts;
    private final AuditLog audit;
    private final Clock clock;

    Places(PlaceStore store, Divisions divisions, DivisionCounts counts, AuditLog audit, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.counts = counts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Division create(long parentId, PlaceForm form, DataScope scope) {
        Division parent = divisions.get(parentId, scope);
        Level level = parent.level().placeChild();
        if (level == null) {
            throw Refusal.ofField("name", "division.place.no-places-below", parent.levelLabel());
        }
        requireBuildingFields(level, form);
        int next = store.nextSequence(parent);
        if (next > MAX_SEQUENCE) {
            throw Refusal.ofField("name", "division.place.sequence-full", parent.name(), level.label(), MAX_SEQUENCE);
        }
        String code = parent.code() + "%03d".formatted(next);
        long id = store.insert(parent, code, level, form);
        counts.nodeAdded(parent.id(), parent.path());
        audit.record("PLACE_CREATE", level.label() + " " + code + " " + form.getName().trim(), parent.path() + code + "/",
                describe(form));
        return divisions.get(id, scope);
    }

    @Transactional
    public Division update(long id, PlaceForm form, DataScope scope) {
        Division place = divisions.get(id, scope);
        if (!place.isPlace()) {
            throw new NotFoundException("place " + id);
        }
        requireBuildingFields(place.level(), form);
        store.update(place, form, OffsetDateTime.now(clock));
        audit.record("PLACE_UPDATE", place.level().label() + " " + place.code(), place.path(),
                describe(PlaceForm.of(place)) + " → " + describe(form));
        return divisions.get(id, scope);
    }

    /**
     * Creates many places at once for generated data; counts are recomputed once at the end.
     * Each parent must already exist; codes follow the same rule as {@link #create}.
     */
    @Transactional
    public int createAll(List<NewPlace> places) {
        int created = store.insertAll(places);
        counts.recomputeAll();
        return created;
    }

    /** Buildings need floors and entrances; other places have neither. */
    private static void requireBuildingFields(Level level, PlaceForm form) {
        if (level != Level.BUILDING) {
            return;
        }
        if (form.getFloors() == null) {
            throw Refusal.ofField("floors", "division.place.floors.required");
        }
        if (form.getEntrances() == null) {
            throw Refusal.ofField("entrances", "division.place.entrances.required");
        }
    }

    private static String describe(PlaceForm form) {
        StringBuilder text = new StringBuilder("名称=").append(form.getName());
        if (form.getAddress() != null && !form.getAddress().isBlank()) {
            text.append("，地址=").append(form.getAddress());
        }
        if (form.getFloors() != null) {
            text.append("，层数=").append(form.getFloors());
        }
        if (form.getEntrances() != null) {
            text.append("，单元数=").append(form.getEntrances());
        }
        return text.toString();
    }

    /** A place to create in bulk, with its code already chosen. */
    public record NewPlace(String parentCode, String code, String name, Level level, String address, Integer floors,
                           Integer entrances) {
    }
}
