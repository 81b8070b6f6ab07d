package org.linli.emergency.preparedness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's reserves (加强应急物资储备保障): quantity, place and expiry. Read on a day, each is
 * expired (after its expiry day), expiring (within the rule book's days, its last day included) or in
 * order; the list puts the urgent first and filters by state in SQL.
 */
@Service
public class Reserves {

    private final ReserveStore store;
    private final RuleBook rules;
    private final Clock clock;

    Reserves(ReserveStore store, RuleBook rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    /** How many days before its expiry a reserve of the committee is flagged. */
    public int warningDays(Division committee) {
        return rules.today(EmergencyRules.RESERVE_WARNING_DAYS, committee.path());
    }

    public List<Reserve> list(Division committee, Reserve.State state, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return store.list(committee.path(), today, today.plusDays(warningDays(committee)), state, size, page * size);
    }

    /** How many reserves are in each state. */
    public Map<Reserve.State, Long> counts(Division committee) {
        LocalDate today = LocalDate.now(clock);
        return store.counts(committee.path(), today, today.plusDays(warningDays(committee)));
    }

    @Transactional
    public long add(Division committee, ReserveForm form, CurrentUser user) {
        return store.add(committee.path(), form, user.username(), OffsetDateTime.now(clock));
    }

    @Transactional
    public void remove(Division committee, long id) {
        if (store.remove(committee.path(), id) == 0) {
            throw new NotFoundException("reserve " + id);
        }
    }

    /** The SQL behind {@link Reserves}. */
    @Component
    static class ReserveStore {

        private static final String STATE = """
                CASE WHEN expires_on < :today THEN 'EXPIRED' WHEN expires_on <= :warnUntil THEN 'EXPIRING' ELSE 'OK' END""";

        private final JdbcClient jdbc;

        ReserveStore(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        long add(String committeePath, ReserveForm form, String by, OffsetDateTime at) {
            return jdbc.sql("""
                            INSERT INTO emergency_reserve (committee_path, item, quantity, unit, location, expires_on, recorded_by, recorded_at)
                            VALUES (:c, :item, :q, :unit, :location, :expires, :by, :at) RETURNING id""")
                    .param("c", committeePath).param("item", form.item()).param("q", form.quantity()).param("unit", form.unit())
                    .param("location", form.location()).param("expires", form.expiresOn()).param("by", by).param("at", at)
                    .query(Long.class).single();
        }

        List<Reserve> list(String committeePath, LocalDate today, LocalDate warnUntil, Reserve.State state, int limit, int offset) {
            return jdbc.sql("SELECT id, item, quantity, unit, location, expires_on, " + STATE + " AS state FROM emergency_reserve"
                            + " WHERE committee_path = :c AND (CAST(:state AS text) IS NULL OR " + STATE + " = :state)"
                            + " ORDER BY expires_on NULLS LAST, item, id LIMIT :limit OFFSET :offset")
                    .param("c", committeePath).param("today", today).param("warnUntil", warnUntil)
                    .param("state", state == null ? null : state.name()).param("limit", limit).param("offset", offset)
                    .query(Reserve.class).list();
        }

        Map<Reserve.State, Long> counts(String committeePath, LocalDate today, LocalDate warnUntil) {
            Map<Reserve.State, Long> counts = new java.util.EnumMap<>(Reserve.State.class);
            for (Reserve.State s : Reserve.State.values()) {
                counts.put(s, 0L);
            }
            jdbc.sql("SELECT " + STATE + " AS state, count(*) AS n FROM emergency_reserve WHERE committee_path = :c GROUP BY 1")
                    .param("c", committeePath).param("today", today).param("warnUntil", warnUntil)
                    .query((rs, i) -> counts.put(Reserve.State.valueOf(rs.getString("state")), rs.getLong("n"))).list();
            return counts;
        }

        int remove(String committeePath, long id) {
            return jdbc.sql("DELETE FROM emergency_reserve WHERE id = :id AND committee_path = :c")
                    .param("id", id).param("c", committeePath).update();
        }
    }
}
