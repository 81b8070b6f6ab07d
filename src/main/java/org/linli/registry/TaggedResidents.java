package org.linli.registry;

import java.time.LocalDate;
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

    /** The whole catalogue, sensitive and derived tags included, in its order. */
    public List<CatalogueTag> catalogue() {
        return store.catalogue();
    }
}
