package org.linli.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.linli.shared.DataScope;
import org.springframework.stereotype.Service;

/**
 * The groups residents belong to, as other modules that follow them ask (the visits to special
 * groups): the tags one resident holds on a day, sensitive ones included, with the day each began
 * and the derived age tags, and every living tagged resident of a scope at once for a first build.
 * Callers decide who may see a sensitive tag; the answers carry no personal identifier.
 */
@Service
public class TaggedResidents {

    /** A tag held on the day: its code and name, whether it is sensitive, and the day it began. */
    public record HeldTag(String code, String name, boolean sensitive, LocalDate since) {
    }

    /** A resident with the tags held on the day ({@code tags} empty when none). */
    public record Tagged(long residentId, long householdId, String divisionPath, LivingStatus status, List<HeldTag> tags) {

        public boolean living() {
            return status == LivingStatus.LIVING;
        }
    }

    /** A tag of the catalogue, derived ones included. */
    public record CatalogueTag(String code, String name, boolean sensitive, boolean derived) {
    }

    /** A tag asked for, held only from an age on (0 for any age): "living alone" counts for the old only. */
    public record Wanted(String code, int fromAge) {
    }

    /**
     * A living resident holding a wanted tag, where they live: their building's path, entrance, room and
     * floor (read from the room number, null when it names none), their age, the tags that matched, and
     * the phone masked and sealed ({@link PersonalData#open} opens it; the caller audits that).
     */
    public record Placed(long residentId, String name, String buildingPath, int entrance, String room, Integer floor,
                         int age, List<String> tags, String phoneMask, byte[] phoneCipher) {
    }

    private final TaggedResidentStore store;

    TaggedResidents(TaggedResidentStore store) {
        this.store = store;
    }

    /** The resident with the tags held on {@code day}; empty when there is no such resident. */
    public Optional<Tagged> of(long residentId, LocalDate day) {
        return store.of(residentId, day);
    }

    /**
     * Every living resident of the scope who holds a tag on {@code day} (60 or over counts), in id
     * order, streamed from one query.
     */
    public void forEachTagged(DataScope scope, LocalDate day, Consumer<Tagged> each) {
        store.forEachTagged(scope, day, each);
    }

    /**
     * The living residents of the scope who hold one of the wanted tags on {@code day}, by building,
     * entrance, floor and room, one page of them, leaving out the residents {@code except}; always as
     * the registry is now (moves and tags followed).
     */
    public List<Placed> placed(DataScope scope, List<Wanted> wanted, LocalDate day, Collection<Long> except, int limit, int offset) {
        return store.placed(scope, wanted, day, except, limit, offset);
    }

    /** How many residents {@link #placed} would list in all. */
    public long countPlaced(DataScope scope, List<Wanted> wanted, LocalDate day, Collection<Long> except) {
        return store.countPlaced(scope, wanted, day, except);
    }

    /** The whole catalogue, sensitive and derived tags included, in its order. */
    public List<CatalogueTag> catalogue() {
        return store.catalogue();
    }
}
