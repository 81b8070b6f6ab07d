package org.linli.workitems.admission;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the negative list's version in force (the published one with the latest effective date not
 * after the day) and matches an application's words against each entry's title and keywords.
 */
@Component
class PublishedNegativeList implements NegativeList {

    private record Entry(long id, int number, String title, String keywords) {
    }

    private final JdbcClient jdbc;

    PublishedNegativeList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<NegativeEntry> match(String districtPath, String text, LocalDate day) {
        List<Entry> entries = jdbc.sql("""
                        SELECT e.id, e.number, e.title, e.keywords FROM work_list_entry e
                        WHERE e.list_id = (SELECT l.id FROM work_list l
                                           WHERE l.region_path = :region AND l.kind = 'NEGATIVE'
                                             AND l.effective_from IS NOT NULL AND l.effective_from <= :day
                                           ORDER BY l.effective_from DESC, l.version DESC LIMIT 1)
                        ORDER BY e.number""")
                .param("region", districtPath).param("day", day)
                .query((rs, i) -> new Entry(rs.getLong("id"), rs.getInt("number"), rs.getString("title"), rs.getString("keywords")))
                .list();
        String words = normalise(text);
        return entries.stream().filter(e -> matches(e, words))
                .map(e -> new NegativeEntry(e.id(), e.number(), e.title())).findFirst();
    }

    /** The entry's whole title, or one of its keywords (two characters or more), appears in the words. */
    private static boolean matches(Entry e, String words) {
        if (words.contains(normalise(e.title()))) {
            return true;
        }
        return e.keywords() != null && Arrays.stream(e.keywords().split("[,，、;；\\s]+"))
                .map(PublishedNegativeList::normalise).filter(k -> k.length() >= 2).anyMatch(words::contains);
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
