package org.linli.deliberation.matters;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the committees' catalogues of matters. */
@Component
class MatterStore {

    private static final String SELECT = """
            SELECT id, committee_id, division_path, name, mandatory, body, procedure, disclosure_kind, disclosure_note, basis,
                   active, updated_by, updated_at
            FROM matter
            """;

    private final JdbcClient jdbc;

    MatterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole catalogue, inactive entries last. */
    List<Matter> all(long committeeId) {
        return jdbc.sql(SELECT + "WHERE committee_id = :c ORDER BY NOT active, NOT mandatory, id").param("c", committeeId)
                .query(Matter.class).list();
    }

    Optional<Matter> ofTopic(long topicId) {
        return jdbc.sql(SELECT + "WHERE id = (SELECT matter_id FROM topic WHERE id = :t)").param("t", topicId)
                .query(Matter.class).optional();
    }

    Optional<Matter> activeEntry(long committeeId, long matterId) {
        return jdbc.sql(SELECT + "WHERE id = :id AND committee_id = :c AND active").param("id", matterId).param("c", committeeId)
                .query(Matter.class).optional();
    }

    boolean nameTaken(long committeeId, String name, Long except) {
        return jdbc.sql("SELECT count(*) > 0 FROM matter WHERE committee_id = :c AND name = :n AND id <> :id")
                .param("c", committeeId).param("n", name).param("id", except == null ? -1 : except).query(Boolean.class).single();
    }

    void insert(Division committee, MatterForm m, String by, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO matter (committee_id, division_path, name, mandatory, body, procedure, disclosure_kind,
                                            disclosure_note, basis, updated_by, updated_at)
                        VALUES (:c, :p, :n, :m, :b, :proc, :dk, :dn, :basis, :by, :now) ON CONFLICT DO NOTHING""")
                .param("c", committee.id()).param("p", committee.path()).param("n", m.name()).param("m", m.mandatory())
                .param("b", m.body().name()).param("proc", m.procedure().name())
                .param("dk", m.disclosureKind() == null ? null : m.disclosureKind().name()).param("dn", m.disclosureNote())
                .param("basis", m.basis().isEmpty() ? null : m.basis()).param("by", by).param("now", now).update();
    }

    void update(Division committee, long id, MatterForm m, String by, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE matter SET name = :n, mandatory = :m, body = :b, procedure = :proc, disclosure_kind = :dk,
                               disclosure_note = :dn, basis = :basis, updated_by = :by, updated_at = :now
                        WHERE id = :id AND committee_id = :c""")
                .param("n", m.name()).param("m", m.mandatory()).param("b", m.body().name()).param("proc", m.procedure().name())
                .param("dk", m.disclosureKind() == null ? null : m.disclosureKind().name()).param("dn", m.disclosureNote())
                .param("basis", m.basis().isEmpty() ? null : m.basis()).param("by", by).param("now", now)
                .param("id", id).param("c", committee.id()).update();
    }

    void setActive(long id, boolean active, String by, OffsetDateTime now) {
        jdbc.sql("UPDATE matter SET active = :a, updated_by = :by, updated_at = :now WHERE id = :id")
                .param("a", active).param("by", by).param("now", now).param("id", id).update();
    }
}
