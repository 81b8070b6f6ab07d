package org.linli.workitems.lists;

/** A list of a district on the list of lists: its version in force and its entries' count, and whether a draft waits. */
public record ListSummary(ListKind kind, WorkList inForce, int entries, WorkList next, boolean hasDraft) {
}
