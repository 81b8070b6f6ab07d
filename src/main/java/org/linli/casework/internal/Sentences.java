package org.linli.casework.internal;

/**
 * Joins the case loop's notice texts with a person's note so that punctuation is never doubled
 * ("。。", "：。"): a note keeps its words, loses the marks at its end, and the text supplies its own.
 */
public final class Sentences {

    private static final String ENDS = "。．.，,；;：:！!？?、 ";

    private Sentences() {
    }

    /** The note without the punctuation (and blanks) at its end; empty for null. */
    public static String strip(String note) {
        if (note == null) {
            return "";
        }
        String s = note.strip();
        int end = s.length();
        while (end > 0 && ENDS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The text ending in one full stop (or the question or exclamation mark it already ends with). */
    public static String end(String text) {
        String s = text == null ? "" : text.strip();
        if (s.endsWith("？") || s.endsWith("！") || s.endsWith("。")) {
            return s;
        }
        return strip(s) + "。";
    }

    /** The text with the note as its reason in brackets, or the text alone when there is no note. */
    public static String withReason(String text, String note) {
        String reason = strip(note);
        return reason.isEmpty() ? text : text + "（" + reason + "）";
    }
}
