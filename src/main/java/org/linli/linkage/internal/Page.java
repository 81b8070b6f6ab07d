package org.linli.linkage.internal;

import java.util.List;

/** One page of a list counted in SQL: the rows, the whole count, the page shown and how many there are. */
public record Page<T>(List<T> rows, long total, int page, int pages) {

    public static <T> Page<T> of(List<T> rows, long total, int page, int size) {
        return new Page<>(rows, total, page, (int) Math.max(1, (total + size - 1) / size));
    }

    /** The offset of a page number as typed (negative counts as the first; past the end stays past it, never overflows). */
    public static int offset(int page, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, page) * size);
    }
}
