package org.linli.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.shared.CurrentUser;
import org.linli.shared.Times;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: stored once the change that published them has committed
 * ({@link NoticeListener}), read from the navbar bell. Which departments a reader acts for comes
 * from the {@link Memberships} the case loop implements.
 */
@Service
public class Notices {

    public record Entry(long id, OffsetDateTime at, String text, String link, boolean read) {

        public LocalDateTime localAt() {
            return Times.local(at);
        }
    }

    private final NoticeStore store;
    private final ObjectProvider<Memberships> memberships;
    private final Clock clock;

    Notices(NoticeStore store, ObjectProvider<Memberships> memberships, Clock clock) {
        this.store = store;
        this.memberships = memberships;
        this.clock = clock;
    }

    void store(Notice notice) {
        store.insert(notice, OffsetDateTime.now(clock));
    }

    /** The bell shows at most this many ("99+" from it on): counting further would grow with every new case. */
    public static final int UNREAD_CAP = 100;

    /** Unread notices of the last 90 days, counted up to {@link #UNREAD_CAP}. */
    public long unread(CurrentUser user) {
        return store.unread(reader(user), OffsetDateTime.now(clock), UNREAD_CAP);
    }

    public List<Entry> recent(CurrentUser user, int limit) {
        return store.recent(reader(user), limit);
    }

    /** Marks one of the user's notifications read; returns its link, or null if it is not theirs. */
    @Transactional
    public String open(long id, CurrentUser user) {
        if (!store.mine(id, reader(user))) {
            return null;
        }
        String link = store.link(id);
        store.markRead(id, user.accountId(), OffsetDateTime.now(clock));
        return link == null ? "/notices" : link;
    }

    @Transactional
    public void readAll(CurrentUser user) {
        store.markAllRead(user.accountId(), OffsetDateTime.now(clock));
    }

    private NoticeStore.Reader reader(CurrentUser user) {
        return new NoticeStore.Reader(user.accountId(), user.role().name(), user.divisionId(), departments(user));
    }

    /** The departments the user acts for; a list with no real id when none (SQL's IN needs one value). */
    private List<Long> departments(CurrentUser user) {
        Set<Long> ids = memberships.stream().flatMap(m -> m.departmentsOf(user.accountId()).stream())
                .collect(Collectors.toSet());
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }
}
