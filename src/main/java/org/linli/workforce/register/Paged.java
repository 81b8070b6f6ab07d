package org.linli.workforce.register;

import java.util.List;

/** One page of a list paged in SQL, with the total it was cut from. */
public record Paged<T>(List<T> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
