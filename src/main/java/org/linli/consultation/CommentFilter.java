package org.linli.consultation;

/**
 * Which comments of a draft a page lists: those on one paragraph or all, answered, unanswered or
 * both, one page at a time in paragraph order.
 */
public record CommentFilter(Integer paragraph, Shown shown, int page) {

    /** Comments per page: a phone screen or two, whatever the number of comments. */
    public static final int PAGE_SIZE = 20;

    public enum Shown {
        ALL("全部"), UNANSWERED("未答复"), ANSWERED("已答复");

        private final String label;

        Shown(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CommentFilter {
        shown = shown == null ? Shown.ALL : shown;
        page = Math.max(0, page);
        paragraph = paragraph == null || paragraph < 1 ? null : paragraph;
    }

    public static CommentFilter all() {
        return new CommentFilter(null, Shown.ALL, 0);
    }

    /** The query string of this filter on another page ({@code &page=} follows it). */
    public String query() {
        return "?shown=" + shown.name() + (paragraph == null ? "" : "&paragraph=" + paragraph);
    }
}
