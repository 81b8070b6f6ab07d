package org.linli.registry.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The parameters of a rule's SQL: every literal of the rule is bound, never written into the text;
 * some values depend on the matching day (the birth date by which one is 80 on it).
 */
final class SqlParams {

    private final Map<String, Function<LocalDate, Object>> values = new LinkedHashMap<>();

    /** A fixed value, as {@code :pN}. */
    String bind(Object value) {
        return bindOnDay(day -> value);
    }

    /** A value computed from the matching day, as {@code :pN}. */
    String bindOnDay(Function<LocalDate, Object> value) {
        String name = "p" + (values.size() + 1);
        values.put(name, value);
        return ":" + name;
    }

    Map<String, Function<LocalDate, Object>> values() {
        return Map.copyOf(values);
    }

    /** The values on a day, by name. */
    static Map<String, Object> on(Map<String, Function<LocalDate, Object>> params, LocalDate day) {
        Map<String, Object> bound = new LinkedHashMap<>();
        params.forEach((name, value) -> bound.put(name, value.apply(day)));
        return bound;
    }
}
