package org.linli.emergency.preparedness;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind {@link Plans}: each save a new version, never an update. */
@Component
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Plan.Version> versions(String committeePath) {
        return jdbc.sql("""
                        SELECT id, community_type, version, saved_by, saved_at FROM emergency_plan
                        WHERE committee_path = :c ORDER BY version DESC LIMIT 100""")
                .param("c", committeePath).query(Plan.Version.class).list();
    }

    /** The given version, or the latest when {@code version} is null. */
    Optional<Plan> find(String committeePath, Integer version) {
        return jdbc.sql("""
                        SELECT id, community_type, version, saved_by, saved_at FROM emergency_plan
                        WHERE committee_path = :c AND (CAST(:v AS integer) IS NULL OR version = :v)
                        ORDER BY version DESC LIMIT 1""")
                .param("c", committeePath).param("v", version).query(Plan.Version.class).optional()
                .map(v -> new Plan(v.id(), v.communityType(), v.version(), v.savedBy(), v.savedAt(), jdbc.sql("""
                                SELECT title, body FROM emergency_plan_section WHERE plan_id = :id ORDER BY position""")
                        .param("id", v.id()).query(Plan.PlanSection.class).list()));
    }

    int save(String committeePath, CommunityType type, List<Plan.PlanSection> sections, String by, OffsetDateTime at) {
        // The committee's row lock orders concurrent saves, so two never take the same version.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:c))").param("c", "emergency_plan" + committeePath).query().listOfRows();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM emergency_plan WHERE committee_path = :c")
                .param("c", committeePath).query(Integer.class).single();
        long id = jdbc.sql("""
                        INSERT INTO emergency_plan (committee_path, community_type, version, saved_by, saved_at)
                        VALUES (:c, :t, :v, :by, :at) RETURNING id""")
                .param("c", committeePath).param("t", type.name()).param("v", version).param("by", by).param("at", at)
                .query(Long.class).single();
        for (int i = 0; i < sections.size(); i++) {
            jdbc.sql("INSERT INTO emergency_plan_section (plan_id, position, title, body) VALUES (:p, :i, :t, :b)")
                    .param("p", id).param("i", i).param("t", sections.get(i).title()).param("b", sections.get(i).body()).update();
        }
        return version;
    }
}
