package org.linli.testing;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data of the visits to special groups: a resident's row in the projection as tests read it. */
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
}
