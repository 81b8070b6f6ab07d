package org.linli.registry.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.registry.OrganisationForm;
import org.linli.registry.Organisations.CommitteeEntity;
import org.linli.registry.Organisations.Organisation;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables {@code organisation} and {@code committee_entity}. */
@Component
public class OrganisationStore {

    private static final String COLUMNS = "id, division_id, division_path, name, credit_code, kind, address, phone, contact";
    private static final String MATCHING = """
            division_path LIKE :prefix || '%' AND (:text = '' OR name LIKE '%' || :text || '%' OR credit_code = upper(:text))""";

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> list(DataScope scope, String text, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE " + MATCHING
                        + " ORDER BY division_path, name LIMIT :limit OFFSET :offset")
                .param("prefix", scope.prefix()).param("text", escape(text)).param("limit", limit).param("offset", offset)
                .query(Organisation.class).list();
    }

    public long count(DataScope scope, String text) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE " + MATCHING)
                .param("prefix", scope.prefix()).param("text", escape(text)).query(Long.class).single();
    }

    public Optional<Organisation> find(long id, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE id = :id AND division_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix()).query(Organisation.class).optional();
    }

    /** Whether another organisation ({@code id} excepted; null for none) holds the credit code. */
    public boolean creditCodeTaken(String code, Long id) {
        return jdbc.sql("SELECT count(*) > 0 FROM organisation WHERE credit_code = :c AND id <> :id")
                .param("c", code).param("id", id == null ? -1 : id).query(Boolean.class).single();
    }

    public void insert(long divisionId, String divisionPath, OrganisationForm form, String creditCode) {
        jdbc.sql("""
                        INSERT INTO organisation (division_id, division_path, name, credit_code, kind, address, phone, contact)
                        VALUES (:d, :p, :n, :c, :k, :a, :ph, :contact)""")
                .param("d", divisionId).param("p", divisionPath).param("n", form.name().strip()).param("c", creditCode)
                .param("k", form.kind().name()).param("a", strip(form.address())).param("ph", strip(form.phone()))
                .param("contact", strip(form.contact()))
                .update();
    }

    public void update(long id, long divisionId, String divisionPath, OrganisationForm form, String creditCode,
                       OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE organisation SET division_id = :d, division_path = :p, name = :n, credit_code = :c, kind = :k,
                               address = :a, phone = :ph, contact = :contact, updated_at = :now WHERE id = :id""")
                .param("now", now).param("d", divisionId).param("p", divisionPath).param("n", form.name().strip())
                .param("c", creditCode).param("k", form.kind().name()).param("a", strip(form.address()))
                .param("ph", strip(form.phone())).param("contact", strip(form.contact())).param("id", id)
                .update();
    }

    public Optional<CommitteeEntity> entity(long committeeId) {
        return jdbc.sql("""
                        SELECT division_id, credit_code, director, established_on, term_start, term_end, members
                        FROM committee_entity WHERE division_id = :id""")
                .param("id", committeeId).query(CommitteeEntity.class).optional();
    }

    public void saveEntity(String committeePath, CommitteeEntity entity, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO committee_entity (division_id, division_path, credit_code, director, established_on,
                                                      term_start, term_end, members)
                        VALUES (:id, :p, :c, :d, :e, :ts, :te, :m)
                        ON CONFLICT (division_id) DO UPDATE SET credit_code = :c, director = :d, established_on = :e,
                            term_start = :ts, term_end = :te, members = :m, updated_at = :now""")
                .param("now", now).param("id", entity.divisionId()).param("p", committeePath).param("c", entity.creditCode())
                .param("d", entity.director()).param("e", entity.establishedOn()).param("ts", entity.termStart())
                .param("te", entity.termEnd()).param("m", entity.members())
                .update();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String escape(String text) {
        return text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
