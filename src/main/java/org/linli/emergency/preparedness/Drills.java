package org.linli.emergency.preparedness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A committee's drills (制度化开展社区应急演练, [004] 四): recorded after the day, listed newest first. */
@Service
public class Drills {

    private final DrillStore store;
    private final Clock clock;

    Drills(DrillStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public long record(Division committee, DrillForm form, CurrentUser user) {
        if (form.heldOn().isAfter(LocalDate.now(clock))) {
            throw Refusal.ofField("heldOn", "emergency.drill.held-on.future");
        }
        return store.add(committee.path(), form, user.username(), OffsetDateTime.now(clock));
    }

    public List<Drill> list(Division committee, int page, int size) {
        return store.list(committee.path(), size, page * size);
    }

    public long count(Division committee) {
        return store.count(committee.path());
    }

    /** The SQL behind {@link Drills}. */
    @Component
    static class DrillStore {

        private final JdbcClient jdbc;

        DrillStore(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        long add(String committeePath, DrillForm form, String by, OffsetDateTime at) {
            return jdbc.sql("""
                            INSERT INTO emergency_drill (committee_path, held_on, scenario, participants, who, findings, recorded_by, recorded_at)
                            VALUES (:c, :on, :scenario, :n, :who, :findings, :by, :at) RETURNING id""")
                    .param("c", committeePath).param("on", form.heldOn()).param("scenario", form.scenario())
                    .param("n", form.participants()).param("who", form.who()).param("findings", form.findings())
                    .param("by", by).param("at", at).query(Long.class).single();
        }

        List<Drill> list(String committeePath, int limit, int offset) {
            return jdbc.sql("""
                            SELECT id, held_on, scenario, participants, who, findings, recorded_by FROM emergency_drill
                            WHERE committee_path = :c ORDER BY held_on DESC, id DESC LIMIT :limit OFFSET :offset""")
                    .param("c", committeePath).param("limit", limit).param("offset", offset).query(Drill.class).list();
        }

        long count(String committeePath) {
            return jdbc.sql("SELECT count(*) FROM emergency_drill WHERE committee_path = :c").param("c", committeePath)
                    .query(Long.class).single();
        }
    }
}
