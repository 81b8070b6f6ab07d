package org.linli.workitems.lists;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of one version of a district's list: its number, title, what it covers, its legal
 * basis and the competent authority (for a certificate: where residents should go instead), and
 * other words people use for it.
 *
 * @param effectiveFrom the version's first day, null while the version is a draft
 */
public record ListEntry(long id, long listId, ListKind kind, int version, LocalDate effectiveFrom, int number,
                        String title, String content, String basis, String authority, String keywords) {

    /** The entry's keywords, split where people separate words (、，,;； and spaces). */
    public List<String> keywordList() {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return Arrays.stream(keywords.split("[、，,;；\\s]+")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /** The words that find this entry in a text: its title, then its keywords. */
    public List<String> words() {
        List<String> words = new java.util.ArrayList<>();
        words.add(title.strip());
        words.addAll(keywordList());
        return words;
    }
}
