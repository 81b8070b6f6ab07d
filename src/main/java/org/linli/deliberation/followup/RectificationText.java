package org.linli.deliberation.followup;

/** What a rectification step records: the committee's plan or result, or the street's reason. */
public record RectificationText(String text) {

    public RectificationText {
        text = text == null ? "" : text.strip();
    }
}
