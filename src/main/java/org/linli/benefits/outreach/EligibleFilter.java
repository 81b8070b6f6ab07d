package org.linli.benefits.outreach;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.linli.shared.Refusal;

/**
 * The filter of eligible minus enrolled and of the task list, as typed in the URL: text, so that
 * what was typed comes back to the form and a value that is not one is refused on its field.
 * {@code place} is a committee's or grid's code; {@code outcome} NEW (nothing recorded yet),
 * INFORMED or APPLIED; {@code since} the first day of finding.
 */
public record EligibleFilter(String benefit, String place, String outcome, String since) {

    public static final EligibleFilter NONE = new EligibleFilter(null, null, null, null);

    Long benefitId() {
        if (blank(benefit)) {
            return null;
        }
        if (!benefit.strip().matches("[0-9]{1,15}")) {
            throw Refusal.ofField("benefit", "benefits.outreach.filter.benefit");
        }
        return Long.valueOf(benefit.strip());
    }

    String outcomeCode() {
        if (blank(outcome)) {
            return null;
        }
        String o = outcome.strip();
        if (!o.equals("NEW") && !o.equals(Outcome.INFORMED.name()) && !o.equals(Outcome.APPLIED.name())) {
            throw Refusal.ofField("outcome", "benefits.outreach.filter.outcome");
        }
        return o;
    }

    LocalDate sinceDay() {
        if (blank(since)) {
            return null;
        }
        try {
            return LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.ofField("since", "benefits.outreach.filter.since");
        }
    }

    String placeCode() {
        if (blank(place)) {
            return null;
        }
        if (!place.strip().matches("[0-9]{12,30}")) {
            throw Refusal.ofField("place", "benefits.outreach.filter.place");
        }
        return place.strip();
    }

    /** The filter's parameters for the pager's and the export's links. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "benefit", benefit);
        append(query, "place", place);
        append(query, "outcome", outcome);
        append(query, "since", since);
        return query.toString();
    }

    /** The same parameters to start a query string with (the export's link). */
    public String params() {
        String query = query();
        return query.isEmpty() ? "" : query.substring(1);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!blank(value)) {
            query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
