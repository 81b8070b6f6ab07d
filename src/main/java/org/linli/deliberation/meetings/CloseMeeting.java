package org.linli.deliberation.meetings;

import java.util.Map;

/**
 * The hall's count per agenda item when the meeting closes: for, against and abstaining among
 * those signed in at the hall (the online ballots are added to it). The form names its fields
 * {@code for_<topic>}, {@code against_<topic>}, {@code abstain_<topic>}, one row per item; a field
 * left empty counts 0, one that is not a whole number is refused for its item.
 */
public record CloseMeeting(Map<Long, Count> counts) {

    /** One item's count in the hall; null where what was typed is not a whole number. */
    public record Count(Integer votesFor, Integer against, Integer abstaining) {

        public boolean valid() {
            return votesFor != null && against != null && abstaining != null && votesFor >= 0 && against >= 0 && abstaining >= 0;
        }

        public long total() {
            return (long) votesFor + against + abstaining;
        }
    }

    public CloseMeeting {
        counts = Map.copyOf(counts);
    }

    /** The count typed for an item (nothing typed is 0 each). */
    public Count of(long topicId) {
        return counts.getOrDefault(topicId, new Count(0, 0, 0));
    }

    /** Reads the form's fields. */
    public static CloseMeeting of(Map<String, String> form) {
        java.util.HashMap<Long, Count> counts = new java.util.HashMap<>();
        form.keySet().stream().filter(k -> k.matches("(for|against|abstain)_\\d+"))
                .map(k -> Long.parseLong(k.substring(k.indexOf('_') + 1))).distinct()
                .forEach(t -> counts.put(t, new Count(number(form.get("for_" + t)), number(form.get("against_" + t)),
                        number(form.get("abstain_" + t)))));
        return new CloseMeeting(counts);
    }

    private static Integer number(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return t.isEmpty() ? 0 : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
