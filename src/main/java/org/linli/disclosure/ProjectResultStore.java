package org.linli.disclosure;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which finished projects' results are on the board, so a redelivered event posts nothing twice. */
@Component
class ProjectResultStore {

    private final JdbcClient jdbc;

    ProjectResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the project for posting: waits for any other posting of it to end (the lock is held
     * until this transaction ends), then answers false when it is already posted.
     */
    boolean claim(long projectId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('disclosure-project'), CAST(:p AS integer))").param("p", projectId)
                .query(Object.class).list();
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM disclosure_project WHERE project_id = :p)").param("p", projectId)
                .query(Boolean.class).single();
    }

    void posted(long projectId, long committeeId, long postingId, OffsetDateTime at) {
        jdbc.sql("INSERT INTO disclosure_project (project_id, committee_id, posting_id, posted_at) VALUES (:p, :c, :posting, :at)")
                .param("p", projectId).param("c", committeeId).param("posting", postingId).param("at", at).update();
    }
}
