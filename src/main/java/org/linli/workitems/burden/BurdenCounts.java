package org.linli.workitems.burden;

/**
 * One kind's counts in a scope: all recorded (before), kept now, and kept without admission.
 */
public record BurdenCounts(BurdenKind kind, long recorded, long kept, long keptUnadmitted) {

    public long removed() {
        return recorded - kept;
    }
}
