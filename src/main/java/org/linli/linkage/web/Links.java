package org.linli.linkage.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/** A list page's own address with its filters, for the pager (which adds {@code page}). */
final class Links {

    private Links() {
    }

    static String withFilters(String path, Object... nameValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            if (v != null && !v.toString().isBlank()) {
                params.put(nameValues[i].toString(), v);
            }
        }
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach(b::queryParam);
        return b.encode().build().toUriString();
    }
}
