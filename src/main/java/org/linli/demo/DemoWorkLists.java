package org.linli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.workitems.lists.EntryForm;
import org.linli.workitems.lists.ListKind;
import org.linli.workitems.lists.WorkListEditing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo district publishes its four lists from the first day of the year, as Yuquan's report
 * [001] names them: the committees' duties by law and their assistance to government, 24 items
 * they must not take on (行政执法, 房屋征收, 拆临拆违, 招商引资, 城市管理, 安全生产, …) and 33
 * certificates they must not issue, each with its basis and the authority to go to. The entries
 * are in {@code demo/work-lists.tsv}; a list the district already has is left as it is.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "linli.demo.enabled", havingValue = "true")
class DemoWorkLists implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkLists.class);

    private final WorkListEditing editing;
    private final Divisions divisions;
    private final Clock clock;

    DemoWorkLists(WorkListEditing editing, Divisions divisions, Clock clock) {
        this.editing = editing;
        this.divisions = divisions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Division district = divisions.findByCode(DemoDistrict.DISTRICT).orElseThrow();
        LocalDate from = LocalDate.now(clock).withDayOfYear(1);
        int added = 0;
        for (Map.Entry<ListKind, List<EntryForm>> list : entries().entrySet()) {
            if (editing.seed(district.path(), list.getKey(), from, list.getValue(), "admin")) {
                added++;
            }
        }
        if (added > 0) {
            log.info("演示区社区工作事项清单已发布 {} 张", added);
        }
    }

    /** The file's lines by list: kind, title, content, basis, authority, keywords, tab-separated. */
    static Map<ListKind, List<EntryForm>> entries() {
        Map<ListKind, List<EntryForm>> lists = new EnumMap<>(ListKind.class);
        try (InputStream in = new ClassPathResource("demo/work-lists.tsv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                lists.computeIfAbsent(ListKind.valueOf(f[0]), k -> new ArrayList<>()).add(new EntryForm(f[1], f[2], f[3], f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }
}
