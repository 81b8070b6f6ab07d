package org.linli.registry.web;

import org.linli.registry.LivingStatus;
import org.linli.registry.internal.ResidentFilter;
import org.linli.shared.Refusal;

/**
 * The residents list's filter as typed in the URL: text, so that whatever is typed comes back to
 * the form and a number that is not one is refused on its field rather than failing the binding.
 */
public record FilterForm(String tag, String ageFrom, String ageTo, String status) {

    public ResidentFilter filter() {
        return new ResidentFilter(tag, age("ageFrom", ageFrom), age("ageTo", ageTo), livingStatus());
    }

    private LivingStatus livingStatus() {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (LivingStatus s : LivingStatus.values()) {
            if (s.name().equals(status.strip())) {
                return s;
            }
        }
        throw Refusal.ofField("status", "registry.filter.status.unknown");
    }

    private static Integer age(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("[0-9]{1,3}")) {
            throw Refusal.ofField(field, "registry.filter.age.number");
        }
        return Integer.valueOf(text.strip());
    }

    /** The filter's parameters for the pager's and the export's links; what was typed, checked or not. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "tag", tag);
        append(query, "ageFrom", ageFrom);
        append(query, "ageTo", ageTo);
        append(query, "status", status);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
