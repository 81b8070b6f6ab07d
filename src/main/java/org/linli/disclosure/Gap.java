package org.linli.disclosure;

import org.linli.division.Division;

/**
 * Something a committee owes its board: a period of an item with no posting, or a resolution not
 * yet posted ({@code resolution} then names it, and the period is its decision day). Overdue once
 * the period's deadline has passed.
 */
public record Gap(Division committee, Item item, Frequency.Period period, boolean overdue, Resolution resolution) {
}
