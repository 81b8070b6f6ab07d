package org.linli.linkage.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The social workers' SQL: each with the projects they run, in one statement per page. */
@Component
class SocialWorkerStore {

    private static final String FILTER = "\n" + """
             WHERE w.committee_path LIKE :prefix || '%'
               AND (CAST(:level AS text) IS NULL OR w.level = :level)
               AND (CAST(:q AS text) IS NULL OR strpos(w.name, :q) > 0)""";

    private final JdbcClient jdbc;

    SocialWorkerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long committeeId, String committeePath, SocialWorkerForm f, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO linkage_social_worker (committee_id, committee_path, name, level, certificate_no, certified_year,
                                                           organisation_id, recorded_by, recorded_at)
                        VALUES (:c, :cp, :name, :level, :no, :year, :org, :by, :at) RETURNING id""")
                .param("c", committeeId).param("cp", committeePath).param("name", f.name().strip()).param("level", f.level().name())
                .param("no", f.certificateNo().strip().toUpperCase()).param("year", f.certifiedYear())
                .param("org", f.organisationId(), java.sql.Types.BIGINT).param("by", by).param("at", at).query(Long.class).single();
    }

    boolean certificateTaken(String number) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM linkage_social_worker WHERE certificate_no = :no)")
                .param("no", number.strip().toUpperCase()).query(Boolean.class).single();
    }

    boolean filedOrganisationOf(long organisationId, String committeePath) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM linkage_organisation WHERE id = :id AND committee_path = :cp AND status = 'FILED')")
                .param("id", organisationId).param("cp", committeePath).query(Boolean.class).single();
    }

    List<SocialWorker> page(DataScope scope, String level, String q, int offset, int limit) {
        return jdbc.sql("""
                        SELECT w.*, o.name AS organisation_name,
                               ARRAY(SELECT p.title FROM linkage_project_worker pw JOIN linkage_project p ON p.id = pw.project_id
                                     WHERE pw.social_worker_id = w.id ORDER BY p.starts_on DESC) AS projects
                        FROM linkage_social_worker w LEFT JOIN linkage_organisation o ON o.id = w.organisation_id""" + FILTER
                        + " ORDER BY w.committee_path, w.name, w.id LIMIT :limit OFFSET :offset")
                .param("prefix", scope.prefix()).param("level", level).param("q", q).param("limit", limit).param("offset", offset)
                .query(SocialWorkerStore::worker).list();
    }

    long count(DataScope scope, String level, String q) {
        return jdbc.sql("SELECT count(*) FROM linkage_social_worker w" + FILTER).param("prefix", scope.prefix()).param("level", level)
                .param("q", q).query(Long.class).single();
    }

    /** A committee's social workers, for a project's team. */
    List<SocialWorker> ofCommittee(String committeePath) {
        return jdbc.sql("""
                        SELECT w.*, NULL AS organisation_name, ARRAY[]::text[] AS projects FROM linkage_social_worker w
                        WHERE w.committee_path = :cp ORDER BY w.name LIMIT 500""")
                .param("cp", committeePath).query(SocialWorkerStore::worker).list();
    }

    private static SocialWorker worker(ResultSet rs, int row) throws SQLException {
        return new SocialWorker(rs.getLong("id"), rs.getString("committee_path"), rs.getString("name"),
                CertificateLevel.valueOf(rs.getString("level")), rs.getString("certificate_no"), rs.getInt("certified_year"),
                rs.getString("organisation_name"), Arrays.stream((Object[]) rs.getArray("projects").getArray()).map(String::valueOf).toList());
    }
}
