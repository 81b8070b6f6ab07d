package org.linli.testing;

import java.time.LocalDate;
import java.util.Optional;

import org.linli.division.Divisions;
import org.linli.registry.ResidentTags;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data of the visits to special groups: residents to tag, and a resident's row in the projection as tests read it. */
public final class VisitFixtures {

    private VisitFixtures() {
    }

    /** What the projection holds for a resident: the shortest frequency, the due dates on both tracks, the tags. */
    public record Subject(long residentId, String frequency, LocalDate due, LocalDate plainDue, String plainTags,
                          String sensitiveTags) {
    }

    public static Optional<Subject> subject(JdbcClient jdbc, long residentId) {
        return jdbc.sql("""
                        SELECT resident_id, frequency, due_on AS due, plain_due_on AS plain_due,
                               array_to_string(plain_tags, ',') AS plain_tags, array_to_string(sensitive_tags, ',') AS sensitive_tags
                        FROM visit_subject WHERE resident_id = :r""")
                .param("r", residentId).query(Subject.class).optional();
    }

    /** A resident of the area under {@code within} but outside {@code outside}, due a visit for a group that is not sensitive. */
    public static long subjectOutside(JdbcClient jdbc, String outside, String within) {
        return jdbc.sql("""
                        SELECT resident_id FROM visit_subject WHERE division_path LIKE :w || '%' AND division_path NOT LIKE :o || '%'
                          AND plain_due_on IS NOT NULL ORDER BY resident_id LIMIT 1""")
                .param("w", within).param("o", outside).query(Long.class).single();
    }

    /**
     * A living resident under 60 of the area without any tag, different on each call (a test gives
     * them tags); found with a random pick so that tests sharing the demo district do not collide.
     */
    public static long untaggedIn(JdbcClient jdbc, String path) {
        return jdbc.sql("""
                        SELECT r.id FROM resident r
                        WHERE r.division_path LIKE :p || '%' AND r.status = 'LIVING' AND r.birth_date > date '1975-01-01'
                          AND r.birth_date < date '2000-01-01'
                          AND NOT EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = r.id)
                        ORDER BY random() LIMIT 1""")
                .param("p", path).query(Long.class).single();
    }

    /** Gives a demo resident a tag from today, as the committee's community worker does. */
    public static void tag(ResidentTags tags, Divisions divisions, TestClock clock, long residentId, String code) {
        RegistryFixtures.signIn("worker");
        tags.add(residentId, new ResidentTags.Assignment(code, clock.today(), null),
                RegistryFixtures.worker(divisions.findByCode("150104001002").orElseThrow()));
    }

    public static long householdOf(JdbcClient jdbc, long residentId) {
        return jdbc.sql("SELECT household_id FROM resident WHERE id = :id").param("id", residentId).query(Long.class).single();
    }
}
