package org.linli.shared.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/** What the user typed into a refused form, to put back into it; never passwords or the CSRF token. */
final class TypedValues {

    private TypedValues() {
    }

    static Map<String, String> first(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (kept(name) && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return typed;
    }

    static Map<String, List<String>> all(HttpServletRequest request) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (kept(name)) {
                typed.put(name, Arrays.asList(values));
            }
        });
        return typed;
    }

    private static boolean kept(String name) {
        return !name.equals("_csrf") && !name.toLowerCase(Locale.ROOT).contains("password");
    }
}
