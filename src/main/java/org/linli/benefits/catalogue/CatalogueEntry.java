package org.linli.benefits.catalogue;

import java.time.LocalDate;

/**
 * A benefit as the catalogue lists it: the version of its rule in force today (none before the
 * first takes effect) and its figures within the reader's scope: residents found and not enrolled
 * (open matches), and residents enrolled today.
 */
public record CatalogueEntry(Benefit benefit, Integer version, LocalDate effectiveFrom, long found, long enrolled) {
}
