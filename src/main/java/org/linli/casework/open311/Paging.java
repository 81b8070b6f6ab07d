package org.linli.casework.open311;

import java.util.Map;

/**
 * {@code page} (from 1) and {@code page_size} on the lists, an extension many GeoReport servers
 * and clients share (the npm client's examples send {@code page_size}); bounded so no request
 * reads more than one page's worth.
 */
record Paging(int size, int offset) {

    static Paging of(Map<String, String> params, int defaultSize, int maxSize) {
        int size = number(params, "page_size", defaultSize);
        if (size < 1 || size > maxSize) {
            throw Open311Error.badRequest("page_size 应为 1 到 " + maxSize + " / page_size must be 1 to " + maxSize);
        }
        int page = Math.max(1, number(params, "page", 1));
        long offset = (long) (page - 1) * size;
        if (offset > 1_000_000) {
            throw Open311Error.badRequest("page 太大 / page is too large");
        }
        return new Paging(size, (int) offset);
    }

    private static int number(Map<String, String> params, String name, int otherwise) {
        String v = RequestParser.value(params, name);
        if (v.isEmpty()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest(name + " 应为整数 / " + name + " must be a whole number");
        }
    }
}
