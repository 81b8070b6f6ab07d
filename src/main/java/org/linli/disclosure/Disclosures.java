package org.linli.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each committee's disclosure catalogue, its postings, and what is missing or overdue. */
@Service
public class Disclosures {

    public record Item(long id, long committeeId, String name, Kind kind, Frequency frequency, int graceDays, int displayDays,
                       LocalDate since) {
    }

    public record Posting(long id, long itemId, String itemName, String periodLabel, String title, String body,
                          OffsetDateTime publishedAt, LocalDate displayUntil, String publishedBy) {

        public LocalDateTime localPublishedAt() {
            return Times.local(publishedAt);
        }
    }

    /** A period of an item with no posting: overdue once its deadline has passed. */
    public record Gap(Division committee, Item item, Frequency.Period period, boolean overdue) {
    }

    /** The law's defaults (村民委员会组织法 art. 30) and the micro-power list, for a new board. */
    private static final List<Object[]> DEFAULTS = List.of(
            new Object[] {"居（村）务一般事项", Kind.GENERAL, Frequency.QUARTERLY, 10, 90},
            new Object[] {"财务收支情况", Kind.FINANCE, Frequency.MONTHLY, 10, 30},
            new Object[] {"低保、救助等民生保障事项", Kind.WELFARE, Frequency.QUARTERLY, 10, 90},
            new Object[] {"重大事项与议事决议", Kind.MAJOR, Frequency.AT_ONCE, 5, 30},
            new Object[] {"小微权力清单", Kind.MICRO_POWER, Frequency.YEARLY, 31, 366});

    private static final String ITEM = "SELECT id, committee_id, name, kind, frequency, grace_days, display_days, since FROM disclosure_item ";
    private static final String POSTING = """
            SELECT p.id, p.item_id, i.name AS item_name, p.period_label, p.title, p.body, p.published_at, p.display_until,
                   p.published_by
            FROM disclosure_posting p JOIN disclosure_item i ON i.id = p.item_id
            """;

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    Disclosures(JdbcClient jdbc, Divisions divisions, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** A committee within the user's scope (404 otherwise). */
    public Division committee(String code, DataScope scope) {
        return divisions.findByCode(code).filter(d -> d.level() == Level.COMMITTEE && scope.covers(d.path()))
                .orElseThrow(() -> new NotFoundException("committee " + code));
    }

    /** Any committee, for the public board. */
    public Division publicCommittee(String code) {
        return committee(code, DataScope.COUNTRY);
    }

    /** The committee's catalogue, created from the law's defaults the first time it is needed. */
    @Transactional
    public List<Item> catalogue(Division committee) {
        List<Item> items = items(committee);
        if (!items.isEmpty()) {
            return items;
        }
        LocalDate since = LocalDate.now(clock).withDayOfYear(1);
        for (Object[] d : DEFAULTS) {
            jdbc.sql("""
                            INSERT INTO disclosure_item (committee_id, division_path, name, kind, frequency, grace_days, display_days, since)
                            VALUES (:c, :p, :n, :k, :f, :g, :dd, :s) ON CONFLICT DO NOTHING""")
                    .param("c", committee.id()).param("p", committee.path()).param("n", d[0]).param("k", ((Kind) d[1]).name())
                    .param("f", ((Frequency) d[2]).name()).param("g", d[3]).param("dd", d[4]).param("s", since).update();
        }
        return items(committee);
    }

    private List<Item> items(Division committee) {
        return jdbc.sql(ITEM + "WHERE committee_id = :c AND active ORDER BY id").param("c", committee.id()).query(Item.class).list();
    }

    /** Postings on display today (the public board). */
    public List<Posting> onDisplay(Division committee, LocalDate today) {
        return jdbc.sql(POSTING + "WHERE p.committee_id = :c AND p.display_until >= :today ORDER BY p.published_at DESC")
                .param("c", committee.id()).param("today", today).query(Posting.class).list();
    }

    /** Period labels to offer when posting: the current period and ended ones, newest first. */
    public List<String> periodChoices(Item item, LocalDate today) {
        List<String> labels = new ArrayList<>();
        labels.add(item.frequency().periodOf(today, item.graceDays()).label());
        List<Frequency.Period> ended = item.frequency().periodsEnded(item.since(), today, item.graceDays());
        for (int i = ended.size() - 1; i >= 0; i--) {
            if (!labels.contains(ended.get(i).label())) {
                labels.add(ended.get(i).label());
            }
        }
        return labels;
    }

    public List<Posting> history(Division committee, int limit) {
        return jdbc.sql(POSTING + "WHERE p.committee_id = :c ORDER BY p.published_at DESC LIMIT :l")
                .param("c", committee.id()).param("l", limit).query(Posting.class).list();
    }

    /** Publishes a posting for one item and period; errors by field, in Chinese. */
    @Transactional
    public Map<String, String> publish(Division committee, Map<String, String> form, CurrentUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        Item item = null;
        try {
            long itemId = Long.parseLong(form.getOrDefault("item", ""));
            item = items(committee).stream().filter(i -> i.id() == itemId).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (item == null) {
            errors.put("item", "请选择公开事项");
        }
        String title = form.getOrDefault("title", "").strip();
        String body = form.getOrDefault("body", "").strip();
        String period = form.getOrDefault("period", "").strip();
        if (title.isEmpty() || title.length() > 100) {
            errors.put("title", "请填写标题（不超过 100 个字）");
        }
        if (body.length() < 5 || body.length() > 20000) {
            errors.put("body", "请填写公开内容（5 到 20000 个字）");
        }
        if (period.isEmpty() || period.length() > 30) {
            errors.put("period", "请填写所属期间，如“2026年第3季度”");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        post(committee, item, period, title, body, user.username());
        return errors;
    }

    /**
     * Publishes a matter of major interest at once (a resolution, an implementation result) on the
     * committee's board, under its "major matters" item; returns the posting's id.
     */
    @Transactional
    public long publishMajor(long committeeId, String title, String body, String by) {
        Division committee = divisions.findUnscoped(committeeId).orElseThrow();
        Item item = catalogue(committee).stream().filter(i -> i.kind() == Kind.MAJOR).findFirst()
                .orElseThrow(() -> new IllegalStateException("no major-matters item for " + committee.code()));
        String period = item.frequency().periodOf(LocalDate.now(clock), item.graceDays()).label();
        return post(committee, item, period, title, body, by);
    }

    /** Writes a posting, on display for the item's display days from today, and audits it. */
    private long post(Division committee, Item item, String period, String title, String body, String by) {
        long id = jdbc.sql("""
                        INSERT INTO disclosure_posting (item_id, committee_id, division_path, period_label, title, body, display_until, published_by)
                        VALUES (:i, :c, :p, :period, :t, :b, :u, :by) RETURNING id""")
                .param("i", item.id()).param("c", committee.id()).param("p", committee.path()).param("period", period)
                .param("t", title).param("b", body).param("u", LocalDate.now(clock).plusDays(item.displayDays()))
                .param("by", by).query(Long.class).single();
        audit.record("DISCLOSURE_PUBLISH", committee.name() + " " + title, committee.path(), item.name() + " · " + period);
        return id;
    }

    /** Periods without a posting, per committee in scope and item, as of {@code today}. */
    @Transactional
    public List<Gap> gaps(DataScope scope, LocalDate today) {
        List<Gap> gaps = new ArrayList<>();
        for (Division committee : divisions.search("", scope, List.of(Level.COMMITTEE), 5000)) {
            List<Item> items = catalogue(committee);
            java.util.Set<String> posted = new java.util.HashSet<>(jdbc.sql(
                            "SELECT item_id || '|' || period_label FROM disclosure_posting WHERE committee_id = :c")
                    .param("c", committee.id()).query(String.class).list());
            for (Item item : items) {
                List<Frequency.Period> periods = new ArrayList<>(item.frequency().periodsEnded(item.since(), today, item.graceDays()));
                for (Frequency.Period p : periods) {
                    if (!posted.contains(item.id() + "|" + p.label())) {
                        gaps.add(new Gap(committee, item, p, today.isAfter(p.due())));
                    }
                }
            }
        }
        return gaps;
    }
}
