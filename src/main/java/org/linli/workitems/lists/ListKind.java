package org.linli.workitems.lists;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four lists each district publishes (事项清单): what committees do by law, what they help the
 * government with, what they must not take on, and the certificates they must not issue. Each has
 * its slug in addresses ({@code /worklists/negative}).
 */
public enum ListKind {
    DUTY("依法履职事项清单", "居民委员会依法履行职责的事项", "duty"),
    ASSISTANCE("依法协助政府工作事项清单", "居民委员会依法协助政府及其部门开展工作的事项", "assistance"),
    NEGATIVE("社区工作事项负面清单", "不得交由社区承担、不得以社区为责任主体的事项", "negative"),
    CERTIFICATE("不应由社区出具的证明事项清单", "社区不应出具的证明，居民应向所列部门申请", "certificate");

    private final String label;
    private final String description;
    private final String slug;

    ListKind(String label, String description, String slug) {
        this.label = label;
        this.description = description;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String slug() {
        return slug;
    }

    /** The kind an address names, or empty (the page answers 404). */
    public static Optional<ListKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
