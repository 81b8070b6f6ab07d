package org.linli.workitems.admission;

import java.util.List;

/** One page of a list counted in SQL: the rows, the whole count, the page shown and how many there are. */
public record Paged<T>(List<T> rows, long total, int page, int pages) {

    public static <T> Paged<T> of(List<T> rows, long total, int page, int size) {
        return new Paged<>(rows, total, page, (int) Math.max(1, (total + size - 1) / size));
    }
}
