package org.linli.workitems.burden;

import java.util.Map;

/** A committee's kept items per kind and in all, with how many of them were not admitted (for the ranking and the export). */
public record CommitteeBurden(String committeePath, Map<BurdenKind, Long> kept, Map<BurdenKind, Long> recorded, long keptTotal,
                              long recordedTotal, long keptUnadmitted) {

    public long kept(BurdenKind kind) {
        return kept.getOrDefault(kind, 0L);
    }

    public long recorded(BurdenKind kind) {
        return recorded.getOrDefault(kind, 0L);
    }
}
