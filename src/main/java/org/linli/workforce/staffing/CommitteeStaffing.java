package org.linli.workforce.staffing;

/**
 * One committee's staffing: its working community workers against the workers its households call
 * for under the region's households-per-worker rule.
 */
public record CommitteeStaffing(long committeeId, String code, String path, String name, long households, int householdsPerWorker, long workers) {

    /** Workers called for: one per started block of the rule's households (at least one). */
    public long required() {
        return Math.max(1, (households + householdsPerWorker - 1) / householdsPerWorker);
    }

    public long shortfall() {
        return Math.max(0, required() - workers);
    }
}
