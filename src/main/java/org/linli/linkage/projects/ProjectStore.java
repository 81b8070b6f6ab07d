package org.linli.linkage.projects;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.linli.linkage.ServiceKind;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The projects' SQL: each row with its partners, social workers and fund totals in one statement. */
@Component
class ProjectStore {

    private static final String ROW = """
            SELECT p.*,
                   ARRAY(SELECT o.id || '|' || o.name FROM linkage_project_partner pp JOIN linkage_organisation o ON o.id = pp.organisation_id
                         WHERE pp.project_id = p.id ORDER BY o.name) AS partner_names,
                   ARRAY(SELECT w.id || '|' || w.name FROM linkage_project_worker pw JOIN linkage_social_worker w ON w.id = pw.social_worker_id
                         WHERE pw.project_id = p.id ORDER BY w.name) AS worker_names,
                   (SELECT coalesce(sum(amount), 0) FROM linkage_fund_entry f WHERE f.project_id = p.id AND f.direction = 'IN') AS donated,
                   (SELECT coalesce(sum(amount), 0) FROM linkage_fund_entry f WHERE f.project_id = p.id AND f.direction = 'OUT') AS spent
            FROM linkage_project p""";

    private static final String FILTER = "\n" + """
             WHERE p.committee_path LIKE :prefix || '%'
               AND (CAST(:status AS text) IS NULL OR p.status = :status)
               AND (CAST(:kind AS text) IS NULL OR p.kind = :kind)
               AND (CAST(:q AS text) IS NULL OR strpos(p.title, :q) > 0)""";

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long committeeId, String committeePath, ProjectForm f, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        INSERT INTO linkage_project (committee_id, committee_path, title, kind, budget, starts_on, ends_on, participants,
                                                     volunteers, need_id, resource_id, recorded_by, recorded_at)
                        VALUES (:c, :cp, :title, :kind, :budget, :starts, :ends, :participants, :volunteers, :need, :resource, :by, :at)
                        RETURNING id""")
                .param("c", committeeId).param("cp", committeePath).param("title", f.title().strip()).param("kind", f.kind().name())
                .param("budget", f.budget()).param("starts", f.startsOn()).param("ends", f.endsOn())
                .param("participants", f.participants() == null ? 0 : f.participants())
                .param("volunteers", f.volunteers() == null ? "" : f.volunteers().strip())
                .param("need", f.needId(), java.sql.Types.BIGINT).param("resource", f.resourceId(), java.sql.Types.BIGINT)
                .param("by", by).param("at", at).query(Long.class).single();
    }

    /** Replaces a project's partners and social workers. */
    void team(long projectId, List<Long> partners, List<Long> workers) {
        jdbc.sql("DELETE FROM linkage_project_partner WHERE project_id = :p").param("p", projectId).update();
        jdbc.sql("DELETE FROM linkage_project_worker WHERE project_id = :p").param("p", projectId).update();
        for (Long o : partners) {
            jdbc.sql("INSERT INTO linkage_project_partner (project_id, organisation_id) VALUES (:p, :o)").param("p", projectId)
                    .param("o", o).update();
        }
        for (Long w : workers) {
            jdbc.sql("INSERT INTO linkage_project_worker (project_id, social_worker_id) VALUES (:p, :w)").param("p", projectId)
                    .param("w", w).update();
        }
    }

    void participants(long projectId, int participants, String volunteers) {
        jdbc.sql("UPDATE linkage_project SET participants = :n, volunteers = :v WHERE id = :id").param("n", participants)
                .param("v", volunteers).param("id", projectId).update();
    }

    /** Moves a project from one status to the next; false when it was no longer in {@code from}. */
    boolean move(long projectId, ProjectStatus from, ProjectStatus to) {
        return jdbc.sql("UPDATE linkage_project SET status = :to WHERE id = :id AND status = :from").param("to", to.name())
                .param("id", projectId).param("from", from.name()).update() == 1;
    }

    boolean finish(long projectId, String result, LocalDate finishedOn) {
        return jdbc.sql("""
                        UPDATE linkage_project SET status = 'FINISHED', result = :result, finished_on = :on
                        WHERE id = :id AND status IN ('PLANNED', 'RUNNING')""")
                .param("result", result).param("on", finishedOn).param("id", projectId).update() == 1;
    }

    Optional<Project> find(long id, DataScope scope) {
        return jdbc.sql(ROW + " WHERE p.id = :id AND p.committee_path LIKE :prefix || '%'").param("id", id)
                .param("prefix", scope.prefix()).query(ProjectStore::project).optional();
    }

    List<Project> page(DataScope scope, String status, String kind, String q, int offset, int limit) {
        return jdbc.sql(ROW + FILTER + " ORDER BY p.status = 'FINISHED', p.starts_on DESC, p.id DESC LIMIT :limit OFFSET :offset")
                .param("prefix", scope.prefix()).param("status", status).param("kind", kind).param("q", q)
                .param("limit", limit).param("offset", offset).query(ProjectStore::project).list();
    }

    long count(DataScope scope, String status, String kind, String q) {
        return jdbc.sql("SELECT count(*) FROM linkage_project p" + FILTER).param("prefix", scope.prefix()).param("status", status)
                .param("kind", kind).param("q", q).query(Long.class).single();
    }

    /** The projects of one committee not yet finished, and those finished, for the fund's entry form. */
    List<Project> ofCommittee(String committeePath) {
        return jdbc.sql(ROW + " WHERE p.committee_path = :cp ORDER BY p.status = 'FINISHED', p.starts_on DESC, p.id DESC LIMIT 200")
                .param("cp", committeePath).query(ProjectStore::project).list();
    }

    /** Whether every id is a filed organisation of the committee (only filed ones may be partners). */
    boolean allFiledOrganisations(String committeePath, List<Long> ids) {
        return ids.isEmpty() || jdbc.sql("""
                        SELECT count(*) FROM linkage_organisation WHERE id IN (:ids) AND committee_path = :cp AND status = 'FILED'""")
                .param("ids", ids).param("cp", committeePath).query(Long.class).single() == ids.size();
    }

    /** Whether every id is a social worker of the committee. */
    boolean allSocialWorkers(String committeePath, List<Long> ids) {
        return ids.isEmpty() || jdbc.sql("SELECT count(*) FROM linkage_social_worker WHERE id IN (:ids) AND committee_path = :cp")
                .param("ids", ids).param("cp", committeePath).query(Long.class).single() == ids.size();
    }

    private static Project project(ResultSet rs, int row) throws SQLException {
        return new Project(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("committee_path"), rs.getString("title"),
                ServiceKind.valueOf(rs.getString("kind")), rs.getBigDecimal("budget"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getInt("participants"), rs.getString("volunteers"),
                (Long) rs.getObject("need_id"), (Long) rs.getObject("resource_id"), ProjectStatus.valueOf(rs.getString("status")),
                rs.getString("result"), rs.getObject("finished_on", LocalDate.class), named(rs.getArray("partner_names")),
                named(rs.getArray("worker_names")), rs.getBigDecimal("donated"), rs.getBigDecimal("spent"));
    }

    private static List<Project.Named> named(Array array) throws SQLException {
        List<Project.Named> named = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            String s = (String) o;
            int bar = s.indexOf('|');
            named.add(new Project.Named(Long.parseLong(s.substring(0, bar)), s.substring(bar + 1)));
        }
        return named;
    }
}
