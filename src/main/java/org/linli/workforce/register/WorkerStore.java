package org.linli.workforce.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.shared.DataScope;
import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Post;
import org.linli.workforce.Worker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The register's SQL: every read bound to the scope's path prefix; lists filtered and paged here. */
@Component
class WorkerStore {

    private static final String FILTER = """
            FROM community_worker WHERE division_path LIKE :prefix || '%'
              AND (left_on IS NULL OR left_on > :today)
              AND (CAST(:place AS text) IS NULL OR division_path LIKE :place || '%')
              AND (CAST(:post AS text) IS NULL OR post = :post)
              AND (:name = '' OR strpos(name, :name) > 0)""";

    private final JdbcClient jdbc;

    WorkerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Worker> find(long id, DataScope scope) {
        return jdbc.sql("SELECT * FROM community_worker WHERE id = :id AND division_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix()).query(WorkerStore::worker).optional();
    }

    List<Worker> byIds(java.util.Collection<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM community_worker WHERE id IN (:ids) AND division_path LIKE :prefix || '%'")
                .param("ids", ids).param("prefix", scope.prefix()).query(WorkerStore::worker).list();
    }

    Optional<Worker> ofAccount(long accountId) {
        return jdbc.sql("SELECT * FROM community_worker WHERE account_id = :id").param("id", accountId)
                .query(WorkerStore::worker).optional();
    }

    /** The working workers of the scope that pass the filter, by place then name. */
    List<Worker> list(DataScope scope, WorkerFilter f, LocalDate today, int offset, int limit) {
        return bind(jdbc.sql("SELECT * " + FILTER + " ORDER BY division_path, post, name, id LIMIT :limit OFFSET :offset"),
                scope, f, today).param("limit", limit).param("offset", offset).query(WorkerStore::worker).list();
    }

    long count(DataScope scope, WorkerFilter f, LocalDate today) {
        return bind(jdbc.sql("SELECT count(*) " + FILTER), scope, f, today).query(Long.class).single();
    }

    /** Working workers per place (committee or street path) in the scope. */
    Map<String, Long> perPlace(DataScope scope, LocalDate today) {
        return jdbc.sql("""
                        SELECT division_path, count(*) AS n FROM community_worker WHERE division_path LIKE :prefix || '%'
                          AND started_on <= :today AND (left_on IS NULL OR left_on > :today) GROUP BY division_path""")
                .param("prefix", scope.prefix()).param("today", today)
                .query((rs, i) -> Map.entry(rs.getString("division_path"), rs.getLong("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, WorkerFilter f, LocalDate today) {
        return spec.param("prefix", scope.prefix()).param("today", today)
                .param("place", f.placePath() == null ? null : new DataScope(f.placePath()).prefix(), java.sql.Types.VARCHAR)
                .param("post", f.post() == null ? null : f.post().name(), java.sql.Types.VARCHAR)
                .param("name", f.name() == null ? "" : f.name().strip());
    }

    boolean accountTaken(long accountId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM community_worker WHERE account_id = :id)").param("id", accountId)
                .query(Boolean.class).single();
    }

    long insert(String path, WorkerForm f, Long accountId, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO community_worker (division_path, name, account_id, post, grade, degree, certificate, certified_on,
                                                      started_on, recorded_by, recorded_at)
                        VALUES (:path, :name, :account, :post, :grade, :degree, :certificate, :certifiedOn, :startedOn, :by, :at)
                        RETURNING id""")
                .param("path", path).param("name", f.name().strip()).param("account", accountId, java.sql.Types.BIGINT)
                .param("post", f.post().name()).param("grade", f.grade()).param("degree", f.degree().name())
                .param("certificate", f.certificateOrNone().name()).param("certifiedOn", f.certifiedOn())
                .param("startedOn", f.startedOn()).param("by", by).param("at", at).query(Long.class).single();
    }

    void updateQualifications(Worker w) {
        jdbc.sql("""
                        UPDATE community_worker SET grade = :grade, degree = :degree, certificate = :certificate,
                                                    certified_on = :certifiedOn WHERE id = :id""")
                .param("grade", w.grade()).param("degree", w.degree().name()).param("certificate", w.certificate().name())
                .param("certifiedOn", w.certifiedOn()).param("id", w.id()).update();
    }

    static Worker worker(ResultSet rs, int row) throws SQLException {
        return new Worker(rs.getLong("id"), rs.getString("division_path"), rs.getString("name"), (Long) rs.getObject("account_id"),
                Post.valueOf(rs.getString("post")), rs.getInt("grade"), Degree.valueOf(rs.getString("degree")),
                Certificate.valueOf(rs.getString("certificate")), rs.getObject("certified_on", LocalDate.class),
                rs.getObject("started_on", LocalDate.class), rs.getObject("left_on", LocalDate.class));
    }
}
