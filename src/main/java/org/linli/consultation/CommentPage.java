package org.linli.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of a draft's comments under a filter, with how many the filter lets through. */
public record CommentPage(CommentFilter filter, List<Comment> comments, long total) {

    public int pages() {
        return (int) Math.max(1, (total + CommentFilter.PAGE_SIZE - 1) / CommentFilter.PAGE_SIZE);
    }

    public int page() {
        return Math.min(filter.page(), pages() - 1);
    }

    /** The page's comments by paragraph, in order, as the page nests them under the draft's text. */
    public Map<Integer, List<Comment>> byParagraph() {
        Map<Integer, List<Comment>> grouped = new LinkedHashMap<>();
        comments.forEach(k -> grouped.computeIfAbsent(k.paragraph(), n -> new ArrayList<>()).add(k));
        return grouped;
    }
}
